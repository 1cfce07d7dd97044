package dev.portalauth.internal.cookie;

/**
 * Base names of the cookies the module owns, before
 * {@code kraken.auth.cookie.name-prefix}; {@link CookieNames} has the names in force.
 */
final class AuthCookies {

    static final String MASQUERADE = "masqueradeToken";
    /** Set by a mobile app, never by the module: never prefixed. */
    static final String MOBILE_WEB_VIEW = "MWAuthToken";
    static final String ACCESS = "accessToken";
    static final String REFRESH = "refreshToken";
    static final String SCOPED = "scopedToken";
    static final String SESSION_PAYLOAD = "sessionPayload";
    /**
     * Appended to a credential cookie's name for its binding: the module's signed word that
     * it set that token as that kind (and, for a scoped token, from which key).
     */
    static final String BINDING_SUFFIX = "Binding";
    /** Followed by the login's {@code state}: one short-lived cookie per Kraken OAuth login in progress. */
    static final String OAUTH_LOGIN_PREFIX = "krakenOAuth-";

    private AuthCookies() {
    }
}
