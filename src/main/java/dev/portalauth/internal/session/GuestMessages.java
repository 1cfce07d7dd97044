package dev.portalauth.internal.session;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of guest sessions ({@code KPA-GUEST-…}).
 */
public final class GuestMessages {

    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NO_GUEST_SESSION = new NumberedMessage("KPA-GUEST-001", Level.OFF,
            "no guest session on this request (guest sessions off, or a path outside"
            + " kraken.auth.guest.paths)");

    private GuestMessages() {
    }
}
