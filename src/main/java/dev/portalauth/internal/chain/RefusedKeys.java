package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Duration;

import dev.portalauth.internal.support.ExpiringCache;

/**
 * Keys Kraken refused lately, by hash: asked again within the memory, they are refused
 * without a Kraken call and without taking a rate-limit token, so replaying a dead link costs
 * Kraken nothing. Bounded; forgetting early only costs one more call. Beside them, keys ended on
 * this server ({@code Session.endLink()}), remembered longer: refused the same way, and every
 * scoped session made from one ends.
 */
final class RefusedKeys {

    private final ExpiringCache<String, Boolean> refused;
    private final ExpiringCache<String, Boolean> ended;
    private final Duration memory;
    private final Duration endedMemory;
    private final Clock clock;

    RefusedKeys(int maxRemembered, Duration memory, Duration endedMemory, Clock clock) {
        this.refused = new ExpiringCache<>(maxRemembered, clock);
        this.ended = new ExpiringCache<>(maxRemembered, clock);
        this.memory = memory;
        this.endedMemory = endedMemory;
        this.clock = clock;
    }

    /** Refused lately or ended: not worth a Kraken call. */
    boolean remembers(String keyHash) {
        return refused.get(keyHash) != null || wasEnded(keyHash);
    }

    boolean wasEnded(String keyHash) {
        return ended.get(keyHash) != null;
    }

    void ended(String keyHash) {
        ended.put(keyHash, Boolean.TRUE, clock.instant().plus(endedMemory));
    }

    void remember(String keyHash) {
        refused.put(keyHash, Boolean.TRUE, clock.instant().plus(memory));
    }
}
