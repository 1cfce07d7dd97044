package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of pre-signed links ({@code KPA-LINK-…}): issuing them, their URLs, and
 * ending one.
 */
public final class LinkMessages {

    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NO_PUBLIC_ORIGIN = new NumberedMessage("KPA-LINK-001", Level.OFF,
            "pre-signed link URLs need the portal's public origin: set"
            + " kraken.auth.public-origin");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage SCOPE_NOT_A_KRAKEN_NAME = new NumberedMessage("KPA-LINK-002", Level.OFF,
            "a pre-signed key's scope is one of Kraken's names ([A-Z][A-Z_]*, e.g."
            + " SUBMIT_METER_READINGS)");
    /** The message of a {@code KrakenException}. */
    public static final NumberedMessage NO_KEY_AND_EXPIRY = new NumberedMessage("KPA-LINK-003", Level.OFF,
            "generatePreSignedToken answered without a key and its expiry");
    /** The message of a {@code KrakenException}. */
    public static final NumberedMessage UNREADABLE_EXPIRY = new NumberedMessage("KPA-LINK-003", Level.OFF,
            "generatePreSignedToken answered an unreadable expiry");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage PATH_NOT_IN_THE_PORTAL = new NumberedMessage("KPA-LINK-004", Level.OFF,
            "the path of a link is empty or starts with a single /");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage END_WITHOUT_ITS_SESSION = new NumberedMessage("KPA-LINK-005", Level.OFF,
            "endLink() needs a scoped session made from the key this request carries (an"
            + " exchange here, or the key its binding names)");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage END_AFTER_COMMIT = new NumberedMessage("KPA-LINK-006", Level.OFF,
            "endLink() after the response was committed: its cookies can no longer be cleared");

    private LinkMessages() {
    }
}
