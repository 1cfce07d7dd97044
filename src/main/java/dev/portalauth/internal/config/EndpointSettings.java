package dev.portalauth.internal.config;

/**
 * The pathnames of the module's built-in endpoints.
 *
 * @param loginEndpoint {@code kraken.auth.api.login} (default {@code /api/auth/login})
 * @param logoutEndpoint {@code kraken.auth.api.logout} (default {@code /api/auth/logout})
 * @param sessionEndpoint {@code kraken.auth.api.session} (default {@code /api/auth/session})
 * @param jwksEndpoint {@code kraken.auth.api.jwks} (default {@code /api/auth/jwks.json})
 * @param krakenOAuthEndpoint {@code kraken.auth.api.kraken-oauth} (default {@code /api/auth/kraken-oauth});
 *        the callback is {@code {this}/callback}
 */
public record EndpointSettings(String loginEndpoint, String logoutEndpoint, String sessionEndpoint, String jwksEndpoint,
        String krakenOAuthEndpoint) {

    static final String LOGIN_ENDPOINT = "kraken.auth.api.login";
    static final String LOGOUT_ENDPOINT = "kraken.auth.api.logout";
    static final String SESSION_ENDPOINT = "kraken.auth.api.session";
    static final String JWKS_ENDPOINT = "kraken.auth.api.jwks";
    static final String KRAKEN_OAUTH_ENDPOINT = "kraken.auth.api.kraken-oauth";

    static EndpointSettings read(SettingsReader read) {
        return new EndpointSettings(
                read.pathname(LOGIN_ENDPOINT, "/api/auth/login"),
                read.pathname(LOGOUT_ENDPOINT, "/api/auth/logout"),
                read.pathname(SESSION_ENDPOINT, "/api/auth/session"),
                read.pathname(JWKS_ENDPOINT, "/api/auth/jwks.json"),
                read.pathname(KRAKEN_OAUTH_ENDPOINT, "/api/auth/kraken-oauth"));
    }
}
