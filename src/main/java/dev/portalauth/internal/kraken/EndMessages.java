package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of ending sessions and links at Kraken ({@code KPA-END-…}).
 */
public enum EndMessages implements NumberedMessage {

    MISSING_PERMISSION("KPA-END-001", Level.WARNING,
            "%s sent as the %s was refused %s: it needs Kraken's permission \"%s\"; sessions"
            + " end only in the browser until it is granted"),
    LINK_MISSING_PERMISSION("KPA-END-001", Level.WARNING,
            "%s sent as the organisation was refused %s: it needs Kraken's permission \"%s\""),
    NOT_CONFIRMED("KPA-END-002", Level.INFO,
            "%s not confirmed by Kraken (%s)"),
    NOT_SENT("KPA-END-002", Level.INFO,
            "%s not sent: %s");

    private final String code;
    private final Level level;
    private final String text;

    EndMessages(String code, Level level, String text) {
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
