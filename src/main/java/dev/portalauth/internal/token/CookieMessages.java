package dev.portalauth.internal.token;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages about cookie sizes ({@code KPA-COOKIE-…}). Here, beside the tokens,
 * because the claims budget of a token is checked where it is signed.
 */
public final class CookieMessages {

    /** The operation, the cookie's name and the token's length: never the token. */
    public static final NumberedMessage KRAKEN_TOKEN_TOO_LARGE = new NumberedMessage("KPA-COOKIE-001", Level.WARNING,
            "%s: Kraken's token is too large for the %s cookie (%s characters); no session is"
            + " set");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage CLAIMS_OVER_BUDGET = new NumberedMessage("KPA-COOKIE-002", Level.OFF,
            "the claims of the %s take %s bytes; kraken.auth.cookie.max-claims-bytes allows"
            + " %s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage COOKIE_TOO_LARGE = new NumberedMessage("KPA-COOKIE-003", Level.OFF,
            "cookie %s would exceed %s bytes");
    /**
     * The worst case's size, the budget and the claims bound. INFO: the defaults (the documented
     * 1536 claim bytes) pass it, and only some servers and proxies draw the line there.
     */
    public static final NumberedMessage OVER_HEADER_BUDGET = new NumberedMessage("KPA-COOKIE-004", Level.INFO,
            "the module's cookies can together make a Cookie header of %s bytes, more than the %s many"
            + " servers and proxies accept (kraken.auth.cookie.max-claims-bytes=%s for the guest token and"
            + " sessionPayload each, the module key's signature size, mobile web view when on): behind such a"
            + " limit lower max-claims-bytes (384 fits with an EC P-256 key), use an EC P-256 key, or raise the"
            + " limits of every server and proxy in front of the portal");

    private CookieMessages() {
    }
}
