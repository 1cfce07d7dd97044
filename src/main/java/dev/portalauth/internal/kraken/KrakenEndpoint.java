package dev.portalauth.internal.kraken;

/**
 * The Kraken endpoints the module calls, each behind its own circuit breaker: one that
 * is down must not stop the others.
 */
public enum KrakenEndpoint {
    /** {@code kraken.graphql-endpoint}: queries as a user, confirmations of mobile-web-view tokens. */
    GRAPHQL,
    /** {@code kraken.graphql-auth-endpoint}: obtainKrakenToken and masqueradeAuthentication. */
    GRAPHQL_AUTH,
    /** {@code kraken.jwks-uri}: the keys that prove Kraken's tokens. */
    JWKS,
    /** {@code {kraken.auth-endpoint}/token/}: OAuth code exchanges and refreshes of OAuth sessions. */
    OAUTH_TOKEN
}
