package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Duration;

import dev.portalauth.internal.shared.LocalMemory;
import dev.portalauth.internal.shared.Memory;

/**
 * Keys Kraken refused lately, by hash: asked again within the memory, they are refused
 * without a Kraken call and without taking a rate-limit token, so replaying a dead link costs
 * Kraken nothing. Bounded; forgetting early only costs one more call. Beside them, keys ended
 * ({@code Session.endLink()}), remembered longer: refused the same way, and every scoped session
 * made from one ends. Both memories are this server's, or shared by every node.
 */
final class RefusedKeys {

    private static final String MARK = "1";

    private final Memory refused;
    private final Memory ended;
    private final Duration memory;
    private final Duration endedMemory;
    private final Clock clock;

    /** In this server's memory. */
    RefusedKeys(int maxRemembered, Duration memory, Duration endedMemory, Clock clock) {
        this(new LocalMemory(maxRemembered, clock), new LocalMemory(maxRemembered, clock), memory, endedMemory, clock);
    }

    RefusedKeys(Memory refused, Memory ended, Duration memory, Duration endedMemory, Clock clock) {
        this.refused = refused;
        this.ended = ended;
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
        ended.put(keyHash, MARK, clock.instant().plus(endedMemory));
    }

    void remember(String keyHash) {
        refused.put(keyHash, MARK, clock.instant().plus(memory));
    }
}
