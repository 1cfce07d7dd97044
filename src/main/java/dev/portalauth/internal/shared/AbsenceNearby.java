package dev.portalauth.internal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.portalauth.internal.support.ExpiringCache;

/**
 * A shared memory asked on every warm request of a kind (the ended links, for every request of a
 * scoped session on an anon pathname) remembers here, for {@link #WINDOW}, that a key was not in
 * it: the next requests with that key ask the cluster no more until then. What this node writes
 * is seen at once; what another node writes is seen here within the window. Bounded: forgetting
 * early only costs one more lookup.
 */
public final class AbsenceNearby implements Memory {

    /** How late a fact another node wrote may be seen here (a link ended there is refused here within it). */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    private static final Boolean ABSENT = Boolean.TRUE;

    private final Memory shared;
    private final ExpiringCache<String, Boolean> absent;
    private final Clock clock;
    /** Counts this node's writes: an absence seen while one was under way is not kept. */
    private final AtomicLong writes = new AtomicLong();

    public AbsenceNearby(Memory shared, int maxRemembered, Clock clock) {
        this.shared = shared;
        this.absent = new ExpiringCache<>(maxRemembered, clock);
        this.clock = clock;
    }

    @Override
    public String get(String key) {
        if (absent.get(key) != null) {
            return null;
        }
        long before = writes.get();
        String value = shared.get(key);
        if (value == null && writes.get() == before) {
            absent.put(key, ABSENT, clock.instant().plus(WINDOW));
        }
        return value;
    }

    @Override
    public void put(String key, String value, Instant until) {
        writes.incrementAndGet();
        absent.remove(key);
        shared.put(key, value, until);
        writes.incrementAndGet();
    }

    @Override
    public void remove(String key) {
        shared.remove(key);
    }
}
