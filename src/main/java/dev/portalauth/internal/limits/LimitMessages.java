package dev.portalauth.internal.limits;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of rate limits ({@code KPA-LIMIT-…}).
 */
public final class LimitMessages {

    /** The limit's name, never a client address. */
    public static final NumberedMessage REFUSED = new NumberedMessage("KPA-LIMIT-001", Level.WARNING,
            "a request was refused by the %s rate limit");

    private LimitMessages() {
    }
}
