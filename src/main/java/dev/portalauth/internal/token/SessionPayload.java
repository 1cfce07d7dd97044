package dev.portalauth.internal.token;

import java.time.Instant;
import java.util.Map;

/**
 * Verified claims carried into a logged-in session (the {@code sessionPayload} cookie).
 *
 * @param krakenSub the {@code sub} of the Kraken session the payload is bound to; a payload
 *                  whose {@code krakenSub} is not the current credential's {@code sub} must be ignored
 * @param claims    the carried claims (reserved claims removed), deeply unmodifiable
 * @param expiresAt {@code exp}: a re-issued payload keeps it (it ends with the refresh token)
 * @param raw       the compact JWT, for the cookie
 */
public record SessionPayload(String krakenSub, Map<String, Object> claims, Instant expiresAt, String raw) {

    /** Identifies the payload without revealing it. */
    @Override
    public String toString() {
        return "SessionPayload[krakenSub=" + krakenSub + ", claims=" + claims.keySet() + "]";
    }
}
