package dev.portalauth.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each user last forced reauthentication: their Kraken tokens issued before then are refused.
 * Tokens carry {@code iat} in whole seconds, so a token issued in the same second as the call is
 * kept (refresh tokens, which the simulator times exactly, are ended precisely by {@link RefreshTokens}).
 */
final class Reauthentications {

    private final Map<String, Instant> effectiveAt = new ConcurrentHashMap<>();

    void force(String userId, Instant at) {
        effectiveAt.merge(userId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Whether a token of {@code userId} issued at {@code issuedAt} (whole seconds) was ended since. */
    boolean ended(String userId, Instant issuedAt) {
        Instant since = effectiveAt.get(userId);
        return since != null && issuedAt.getEpochSecond() < since.getEpochSecond();
    }

    void forgetAll() {
        effectiveAt.clear();
    }
}
