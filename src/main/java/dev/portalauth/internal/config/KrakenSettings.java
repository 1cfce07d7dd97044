package dev.portalauth.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the module reaches Kraken's API.
 *
 * @param graphqlEndpoint {@code kraken.graphql-endpoint} (required): the Kraken GraphQL URL
 * @param authEndpoint {@code kraken.graphql-auth-endpoint} (default: the GraphQL endpoint): for
 *        obtainKrakenToken and masqueradeAuthentication
 * @param clientIpSecret {@code kraken.x-client-ip-secret-key}: when present, Kraken calls carry the
 *        client IP headers. A secret
 * @param jwksUri {@code kraken.jwks-uri}: when present, Kraken token signatures are verified against it
 * @param connectTimeout {@code kraken.connect-timeout} (default {@code PT2S})
 * @param readTimeout {@code kraken.read-timeout} (default {@code PT5S})
 * @param allowInsecureHttp {@code kraken.allow-insecure-http} (default {@code false}): plain-http
 *        Kraken and JWKS URLs beyond loopback
 */
public record KrakenSettings(URI graphqlEndpoint, URI authEndpoint, Optional<String> clientIpSecret, Optional<URI> jwksUri,
        Duration connectTimeout, Duration readTimeout, boolean allowInsecureHttp) {

    static final String GRAPHQL_ENDPOINT = "kraken.graphql-endpoint";
    static final String AUTH_ENDPOINT = "kraken.graphql-auth-endpoint";
    static final String JWKS_URI = "kraken.jwks-uri";
    static final String ALLOW_INSECURE_HTTP = "kraken.allow-insecure-http";

    static KrakenSettings read(SettingsReader read) {
        URI graphqlEndpoint = read.requiredUrl(GRAPHQL_ENDPOINT);
        return new KrakenSettings(graphqlEndpoint,
                read.optionalUrl(AUTH_ENDPOINT).orElse(graphqlEndpoint),
                read.secret("kraken.x-client-ip-secret-key"),
                read.optionalUrl(JWKS_URI),
                read.positiveDuration("kraken.connect-timeout", Duration.ofSeconds(2)),
                read.positiveDuration("kraken.read-timeout", Duration.ofSeconds(5)),
                read.bool(ALLOW_INSECURE_HTTP, false));
    }

    @Override
    public String toString() {
        return "KrakenSettings[graphqlEndpoint=" + Secrets.shown(graphqlEndpoint)
                + ", authEndpoint=" + Secrets.shown(authEndpoint) + ", clientIpSecret=" + Secrets.shown(clientIpSecret)
                + ", jwksUri=" + jwksUri.map(Secrets::shown)
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", allowInsecureHttp=" + allowInsecureHttp + "]";
    }
}
