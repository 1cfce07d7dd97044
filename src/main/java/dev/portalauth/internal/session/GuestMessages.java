package dev.portalauth.internal.session;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of guest sessions ({@code KPA-GUEST-…}).
 */
public enum GuestMessages implements NumberedMessage {

    /** Thrown as {@code IllegalStateException}. */
    NO_GUEST_SESSION("KPA-GUEST-001", Level.OFF,
            "no guest session on this request (guest sessions off, or a path outside"
            + " kraken.auth.guest.paths)");

    private final String code;
    private final Level level;
    private final String text;

    GuestMessages(String code, Level level, String text) {
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
