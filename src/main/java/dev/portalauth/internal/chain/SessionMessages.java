package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the request's session ({@code KPA-SESSION-…}).
 */
public final class SessionMessages {

    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NOT_SEEN_BY_THE_MECHANISM = new NumberedMessage("KPA-SESSION-001", Level.OFF,
            "this request was not seen by the module's authentication mechanism");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage PAYLOAD_WITHOUT_LOGIN = new NumberedMessage("KPA-SESSION-002", Level.OFF,
            "a session payload needs a logged-in session");
    /** The claims' names, never their values. */
    public static final NumberedMessage GUEST_CLAIMS_DROPPED = new NumberedMessage("KPA-SESSION-003", Level.WARNING,
            "guest claims too large for the session payload were not carried into it: %s");

    private SessionMessages() {
    }
}
