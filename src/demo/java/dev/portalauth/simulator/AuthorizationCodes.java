package dev.portalauth.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth authorisation codes the simulator handed out: random, single use, and short-lived, as
 * RFC 6749 4.1.2 wants them. Each remembers what the token endpoint must check it against.
 */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** What a code was issued for. */
    record Grant(String clientId, String redirectUri, String codeChallenge, String userId, String scope,
                 Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, String codeChallenge, String userId, String scope) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = encoder.encodeToString(bytes);
        grants.put(code, new Grant(clientId, redirectUri, codeChallenge, userId, scope, clock.instant().plus(LIFETIME)));
        return code;
    }

    /** The code's grant, once: a code is gone after its first use, whatever that use's outcome. */
    Optional<Grant> redeem(String code) {
        Grant grant = code == null ? null : grants.remove(code);
        return Optional.ofNullable(grant).filter(g -> clock.instant().isBefore(g.expiresAt()));
    }

    void forgetAll() {
        grants.clear();
    }
}
