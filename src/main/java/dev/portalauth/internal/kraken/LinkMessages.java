package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of pre-signed links ({@code KPA-LINK-…}): issuing them, their URLs, and
 * ending one.
 */
public enum LinkMessages implements NumberedMessage {

    /** Thrown as {@code IllegalStateException}. */
    NO_PUBLIC_ORIGIN("KPA-LINK-001", Level.OFF,
            "pre-signed link URLs need the portal's public origin: set"
            + " kraken.auth.public-origin"),
    /** Thrown as {@code IllegalArgumentException}. */
    SCOPE_NOT_A_KRAKEN_NAME("KPA-LINK-002", Level.OFF,
            "a pre-signed key's scope is one of Kraken's names ([A-Z][A-Z_]*, e.g."
            + " SUBMIT_METER_READINGS)"),
    /** The message of a {@code KrakenException}. */
    NO_KEY_AND_EXPIRY("KPA-LINK-003", Level.OFF,
            "generatePreSignedToken answered without a key and its expiry"),
    /** The message of a {@code KrakenException}. */
    UNREADABLE_EXPIRY("KPA-LINK-003", Level.OFF,
            "generatePreSignedToken answered an unreadable expiry"),
    /** Thrown as {@code IllegalArgumentException}. */
    PATH_NOT_IN_THE_PORTAL("KPA-LINK-004", Level.OFF,
            "the path of a link is empty or starts with a single /"),
    /** Thrown as {@code IllegalStateException}. */
    END_WITHOUT_ITS_SESSION("KPA-LINK-005", Level.OFF,
            "endLink() needs a scoped session made from the key this request carries (an"
            + " exchange here, or the key its binding names)"),
    /** Thrown as {@code IllegalStateException}. */
    END_AFTER_COMMIT("KPA-LINK-006", Level.OFF,
            "endLink() after the response was committed: its cookies can no longer be cleared");

    private final String code;
    private final Level level;
    private final String text;

    LinkMessages(String code, Level level, String text) {
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
