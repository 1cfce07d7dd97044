package dev.portalauth;

/** Stable error codes: the {@code error} query value of redirects and the JSON {@code error} field. */
public enum AuthErrorCode {
    /** An anon pathname was requested with no key and no valid scoped session. */
    PRE_SIGNED_KEY_MISSING,
    /** Kraken refused the pre-signed key (unknown, expired, malformed). */
    PRE_SIGNED_KEY_INVALID,
    /** Kraken could not be reached or answered with something unusable. */
    KRAKEN_UNAVAILABLE,
    /** Kraken refused the email and password of a login. */
    LOGIN_FAILED,
    /** Kraken refused the masquerade token, or the masquerade request was malformed. */
    MASQUERADE_FAILED,
    /** Kraken refused the refresh token. */
    SESSION_EXPIRED,
    /** Too many attempts of one operation from one client, or Kraken said so. */
    RATE_LIMITED,
    /** No session of a kind that may enter, or Kraken refused the session's token. */
    UNAUTHENTICATED,
    /** A scoped session asked for an account other than its own ({@link AccountScoped}). */
    ACCOUNT_MISMATCH,
    /** A state-changing request came from another site: refused with 403. */
    CROSS_SITE,
    /**
     * The request's path holds what servers read differently (a dot segment, a path parameter
     * before the last segment, an encoded slash or backslash, a control character, malformed
     * percent-encoding): refused with 400 before anything else runs.
     */
    BAD_REQUEST,
    /** Kraken OAuth login denied, expired, replayed or not matching the login this browser started. */
    OAUTH_FAILED,
    /** The GraphQL route was asked for an operation the portal does not allow, or not for this kind of session. */
    OPERATION_NOT_ALLOWED,
    /** A request body larger than the module reads (the GraphQL route's {@code max-body}). */
    PAYLOAD_TOO_LARGE
}
