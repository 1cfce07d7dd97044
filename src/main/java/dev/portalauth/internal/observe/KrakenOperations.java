package dev.portalauth.internal.observe;

import java.util.Map;

/**
 * The {@code operation} tag of Kraken call latency: the transport's operation names mapped to a
 * fixed set, so a name added later cannot grow the number of series (it is {@code other} until
 * listed here).
 */
final class KrakenOperations {

    static final String OTHER = "other";

    private static final Map<String, String> TAGS = Map.of(
            "obtainKrakenToken(preSignedKey)", "exchange",
            "obtainKrakenToken(email)", "login",
            "obtainKrakenToken(refreshToken)", "refresh",
            "masqueradeAuthentication", "masquerade",
            "viewer", "confirmation",
            "oauth token (authorization_code)", "oauth_code",
            "oauth token (refresh_token)", "oauth_refresh",
            "query", "query",
            "graphql proxy", "graphql_proxy");

    private KrakenOperations() {
    }

    static String tag(String operation) {
        return operation == null ? OTHER : TAGS.getOrDefault(operation, OTHER);
    }
}
