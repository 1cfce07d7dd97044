package dev.portalauth.chain;

/** Names of the cookies the module owns (SPEC section 3); the guest cookie's name is configurable. */
public final class AuthCookies {

    public static final String MASQUERADE = "masqueradeToken";
    public static final String MOBILE_WEB_VIEW = "MWAuthToken";
    public static final String ACCESS = "accessToken";
    public static final String REFRESH = "refreshToken";
    public static final String SCOPED = "scopedToken";
    /**
     * Binds {@code scopedToken} to the key it came from: a hash of key and token, so a later request
     * with the same key reuses the token without asking Kraken, statelessly (SPEC is silent on how).
     */
    public static final String SCOPED_KEY = "scopedTokenKey";
    public static final String SESSION_PAYLOAD = "sessionPayload";

    private AuthCookies() {
    }
}
