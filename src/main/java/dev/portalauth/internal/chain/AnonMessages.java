package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of anon pathnames, where a pre-signed key is exchanged ({@code KPA-
 * ANON-…}).
 */
public enum AnonMessages implements NumberedMessage {

    /** The error code the visitor is sent with, never the key. */
    REFUSED("KPA-ANON-001", Level.FINE,
            "anon request refused: %s");

    private final String code;
    private final Level level;
    private final String text;

    AnonMessages(String code, Level level, String text) {
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
