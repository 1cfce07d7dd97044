package dev.portalauth.internal.config;

import java.net.URI;
import java.util.Optional;

/**
 * Kraken OAuth login.
 *
 * @param oauthAuthEndpoint {@code kraken.auth-endpoint}: Kraken's OAuth authorisation server (not
 *        {@code kraken.graphql-auth-endpoint}); with the client id it turns on OAuth login
 * @param oauthRevocationEndpoint {@code kraken.oauth-revocation-endpoint}: where a logout revokes an
 *        OAuth session's refresh token (RFC 7009)
 * @param oauthClientId {@code kraken.oauth-client-id}: the portal's OAuth client
 * @param oauthClientSecret {@code kraken.oauth-client-secret}: only for a confidential client. A secret
 * @param oauthScope {@code kraken.oauth-scope}: sent as {@code scope} when present
 */
public record OAuthSettings(Optional<URI> oauthAuthEndpoint, Optional<URI> oauthRevocationEndpoint,
        Optional<String> oauthClientId, Optional<String> oauthClientSecret, Optional<String> oauthScope) {

    static final String OAUTH_AUTH_ENDPOINT = "kraken.auth-endpoint";
    static final String OAUTH_CLIENT_ID = "kraken.oauth-client-id";
    static final String OAUTH_CLIENT_SECRET = "kraken.oauth-client-secret";
    static final String OAUTH_SCOPE = "kraken.oauth-scope";

    static OAuthSettings read(SettingsReader read) {
        OAuthSettings oauth = new OAuthSettings(
                read.optionalUrl(OAUTH_AUTH_ENDPOINT),
                read.optionalUrl("kraken.oauth-revocation-endpoint"),
                read.optionalText(OAUTH_CLIENT_ID),
                read.secret(OAUTH_CLIENT_SECRET),
                read.optionalText(OAUTH_SCOPE));
        oauth.checkIsWhole(read);
        return oauth;
    }

    /** Half an OAuth client is a typo, not a choice: say so at deployment rather than hide the button. */
    private void checkIsWhole(SettingsReader read) {
        if (oauthAuthEndpoint.isPresent() != oauthClientId.isPresent()) {
            read.problem(oauthAuthEndpoint.isPresent() ? OAUTH_CLIENT_ID : OAUTH_AUTH_ENDPOINT,
                    "Kraken OAuth needs both " + OAUTH_AUTH_ENDPOINT + " and " + OAUTH_CLIENT_ID);
        } else if (oauthClientId.isEmpty() && (oauthClientSecret.isPresent() || oauthScope.isPresent())) {
            read.problem(oauthClientSecret.isPresent() ? OAUTH_CLIENT_SECRET : OAUTH_SCOPE,
                    "set only with " + OAUTH_AUTH_ENDPOINT + " and " + OAUTH_CLIENT_ID);
        }
    }

    /** Whether Kraken OAuth login is on: both {@code kraken.auth-endpoint} and {@code kraken.oauth-client-id} are set. */
    public boolean oauthEnabled() {
        return oauthAuthEndpoint.isPresent();
    }

    @Override
    public String toString() {
        return "OAuthSettings[oauthAuthEndpoint=" + oauthAuthEndpoint.map(Secrets::shown)
                + ", oauthRevocationEndpoint=" + oauthRevocationEndpoint.map(Secrets::shown)
                + ", oauthClientId=" + oauthClientId + ", oauthClientSecret=" + Secrets.shown(oauthClientSecret)
                + ", oauthScope=" + oauthScope + "]";
    }
}
