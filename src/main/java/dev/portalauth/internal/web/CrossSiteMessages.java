package dev.portalauth.internal.web;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the cross-site rule ({@code KPA-CROSS-…}).
 */
public enum CrossSiteMessages implements NumberedMessage {

    NO_PUBLIC_ORIGIN("KPA-CROSS-001", Level.WARNING,
            "kraken.auth.cross-site.protect=all without kraken.auth.public-origin or"
            + " kraken.auth.trusted-proxies: the portal's origin is taken from each request's"
            + " Host header. Behind a proxy that rewrites Host, every unsafe browser request"
            + " would be refused as cross-site: set kraken.auth.public-origin");

    private final String code;
    private final Level level;
    private final String text;

    CrossSiteMessages(String code, Level level, String text) {
        this.code = code;
        this.level = level;
        this.text = text;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String text() {
        return text;
    }
}
