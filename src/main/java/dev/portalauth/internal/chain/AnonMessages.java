package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of anon pathnames, where a pre-signed key is exchanged ({@code KPA-
 * ANON-…}).
 */
public final class AnonMessages {

    /** The error code the visitor is sent with, never the key. */
    public static final NumberedMessage REFUSED = new NumberedMessage("KPA-ANON-001", Level.FINE,
            "anon request refused: %s");

    private AnonMessages() {
    }
}
