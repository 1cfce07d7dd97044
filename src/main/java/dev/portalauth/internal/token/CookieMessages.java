package dev.portalauth.internal.token;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages about cookie sizes ({@code KPA-COOKIE-…}). Here, beside the tokens,
 * because the claims budget of a token is checked where it is signed.
 */
public enum CookieMessages implements NumberedMessage {

    /** The operation, the cookie's name and the token's length: never the token. */
    KRAKEN_TOKEN_TOO_LARGE("KPA-COOKIE-001", Level.WARNING,
            "%s: Kraken's token is too large for the %s cookie (%s characters); no session is"
            + " set"),
    /** Thrown as {@code IllegalArgumentException}. */
    CLAIMS_OVER_BUDGET("KPA-COOKIE-002", Level.OFF,
            "the claims of the %s take %s bytes; kraken.auth.cookie.max-claims-bytes allows"
            + " %s"),
    /** Thrown as {@code IllegalStateException}. */
    COOKIE_TOO_LARGE("KPA-COOKIE-003", Level.OFF,
            "cookie %s would exceed %s bytes");

    private final String code;
    private final Level level;
    private final String text;

    CookieMessages(String code, Level level, String text) {
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
