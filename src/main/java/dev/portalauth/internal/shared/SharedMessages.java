package dev.portalauth.internal.shared;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/** The numbered messages about state shared between nodes ({@code KPA-SHARED-…}). */
public final class SharedMessages {

    /** The operation, the cache's name, what failed and what happens meanwhile: never a key or a value. */
    public static final NumberedMessage FAILED = new NumberedMessage("KPA-SHARED-001", Level.WARNING,
            "the shared state failed: %s on %s: %s%s; %s");
    /** Thrown as {@code IllegalStateException} at start-up: the cause's type and message. */
    public static final NumberedMessage NO_PROVIDER = new NumberedMessage("KPA-SHARED-002", Level.OFF,
            "kraken.auth.shared-state=jcache, but no JCache caching provider could be used on this server (%s: %s);"
            + " see docs/CONFIGURATION.md");
    /** The provider's class. */
    public static final NumberedMessage SHARED = new NumberedMessage("KPA-SHARED-003", Level.INFO,
            "rate limits, refused and ended keys, confirmations and the refresh hand-over are shared through %s");

    private SharedMessages() {
    }
}
