package dev.portalauth.internal.chain;

/**
 * What a logout achieved at Kraken: {@code revoked} when Kraken confirmed the session's refresh
 * token ended, {@code everywhere} when it confirmed every token of the user ended. Cookies are
 * cleared either way.
 */
public record LogoutOutcome(boolean revoked, boolean everywhere) {
}
