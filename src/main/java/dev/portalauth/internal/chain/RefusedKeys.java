package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Duration;

import dev.portalauth.internal.support.ExpiringCache;

/**
 * Keys Kraken refused lately, by hash (SPEC 9): asked again within the memory, they are refused
 * without a Kraken call and without taking a rate-limit token, so replaying a dead link costs
 * Kraken nothing. Bounded; forgetting early only costs one more call.
 */
final class RefusedKeys {

    private final ExpiringCache<String, Boolean> refused;
    private final Duration memory;
    private final Clock clock;

    RefusedKeys(int maxRemembered, Duration memory, Clock clock) {
        this.refused = new ExpiringCache<>(maxRemembered, clock);
        this.memory = memory;
        this.clock = clock;
    }

    boolean remembers(String keyHash) {
        return refused.get(keyHash) != null;
    }

    void remember(String keyHash) {
        refused.put(keyHash, Boolean.TRUE, clock.instant().plus(memory));
    }
}
