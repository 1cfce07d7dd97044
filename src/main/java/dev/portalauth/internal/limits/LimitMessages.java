package dev.portalauth.internal.limits;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of rate limits ({@code KPA-LIMIT-…}).
 */
public enum LimitMessages implements NumberedMessage {

    /** The limit's name, never a client address. */
    REFUSED("KPA-LIMIT-001", Level.WARNING,
            "a request was refused by the %s rate limit");

    private final String code;
    private final Level level;
    private final String text;

    LimitMessages(String code, Level level, String text) {
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
