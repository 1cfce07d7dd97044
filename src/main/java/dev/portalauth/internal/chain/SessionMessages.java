package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the request's session ({@code KPA-SESSION-…}).
 */
public enum SessionMessages implements NumberedMessage {

    /** Thrown as {@code IllegalStateException}. */
    NOT_SEEN_BY_THE_MECHANISM("KPA-SESSION-001", Level.OFF,
            "this request was not seen by the module's authentication mechanism"),
    /** Thrown as {@code IllegalStateException}. */
    PAYLOAD_WITHOUT_LOGIN("KPA-SESSION-002", Level.OFF,
            "a session payload needs a logged-in session"),
    /** The claims' names, never their values. */
    GUEST_CLAIMS_DROPPED("KPA-SESSION-003", Level.WARNING,
            "guest claims too large for the session payload were not carried into it: %s");

    private final String code;
    private final Level level;
    private final String text;

    SessionMessages(String code, Level level, String text) {
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
