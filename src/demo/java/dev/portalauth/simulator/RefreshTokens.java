package dev.portalauth.simulator;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The refresh tokens the simulator handed out: opaque random strings remembered in memory with
 * their user and absolute expiry. Like Kraken's, they are not rotated: one may be used again and
 * again until it expires, or until {@code invalidateRefreshToken} or {@code forceReauthentication}
 * ends it.
 */
final class RefreshTokens {

    /** What a refresh token stands for; {@code loggedInAt} becomes the refreshed token's {@code origIat}. */
    record Grant(String userId, Instant loggedInAt, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    String issue(Grant grant) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = encoder.encodeToString(bytes);
        grants.put(token, grant);
        return token;
    }

    Optional<Grant> find(String token) {
        return Optional.ofNullable(grants.get(token));
    }

    /** Ends one refresh token; whether it was one the simulator still took. */
    boolean end(String token) {
        return token != null && grants.remove(token) != null;
    }

    /** Ends every refresh token of {@code userId} issued before {@code effectiveAt}. */
    void endAllOf(String userId, Instant effectiveAt) {
        grants.entrySet().removeIf(e -> e.getValue().userId().equals(userId)
                && e.getValue().loggedInAt().isBefore(effectiveAt));
    }

    void forgetAll() {
        grants.clear();
    }
}
