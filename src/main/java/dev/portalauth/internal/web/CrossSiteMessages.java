package dev.portalauth.internal.web;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the cross-site rule ({@code KPA-CROSS-…}).
 */
public final class CrossSiteMessages {

    public static final NumberedMessage NO_PUBLIC_ORIGIN = new NumberedMessage("KPA-CROSS-001", Level.WARNING,
            "kraken.auth.cross-site.protect=all without kraken.auth.public-origin or"
            + " kraken.auth.trusted-proxies: the portal's origin is taken from each request's"
            + " Host header. Behind a proxy that rewrites Host, every unsafe browser request"
            + " would be refused as cross-site: set kraken.auth.public-origin");

    private CrossSiteMessages() {
    }
}
