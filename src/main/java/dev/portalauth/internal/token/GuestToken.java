package dev.portalauth.internal.token;

import java.time.Instant;
import java.util.Map;

/**
 * A verified guest token.
 *
 * @param id        {@code G-} + a random UUID (the token's {@code sub}); kept across re-issues
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}
 * @param claims    the application claims (reserved claims removed), deeply unmodifiable
 * @param raw       the compact JWT, for the cookie
 */
public record GuestToken(String id, Instant issuedAt, Instant expiresAt, Map<String, Object> claims, String raw) {

    /** Identifies the token without revealing it. */
    @Override
    public String toString() {
        return "GuestToken[id=" + id + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
