package dev.portalauth.internal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

/**
 * An ended link asked for on every warm request: the cluster is asked once a window per key, what
 * this node writes is seen at once, what another node writes within {@link AbsenceNearby#WINDOW}.
 */
class AbsenceNearbySpec {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private final CountingMemory cluster = new CountingMemory(new LocalMemory(100, clock));
    private final AbsenceNearby ended = new AbsenceNearby(cluster, 100, clock);
    private final Instant later = clock.instant().plus(Duration.ofHours(2));

    @Test
    void aKeyNotInTheClusterIsAskedForOnceAWindow() {
        for (int i = 0; i < 50; i++) {
            assertNull(ended.get("k"));
        }
        assertEquals(1, cluster.gets);

        clock.advance(AbsenceNearby.WINDOW);
        assertNull(ended.get("k"));
        assertEquals(2, cluster.gets);
    }

    @Test
    void whatThisNodeWritesIsSeenAtOnce() {
        assertNull(ended.get("k"));

        ended.put("k", "1", later);

        assertEquals("1", ended.get("k"));
    }

    @Test
    void whatAnotherNodeWritesIsSeenWithinTheWindow() {
        assertNull(ended.get("k"));

        cluster.put("k", "1", later); // another node ends the link

        assertNull(ended.get("k"));
        clock.advance(AbsenceNearby.WINDOW);
        assertEquals("1", ended.get("k"));
    }

    @Test
    void aKeyInTheClusterIsAskedForEveryTime() {
        cluster.put("k", "1", later);

        ended.get("k");
        ended.get("k");

        assertEquals(2, cluster.gets);
    }

    /** The cluster's memory, counting what it is asked. */
    private static final class CountingMemory implements Memory {

        private final Memory memory;
        int gets;

        CountingMemory(Memory memory) {
            this.memory = memory;
        }

        @Override
        public String get(String key) {
            gets++;
            return memory.get(key);
        }

        @Override
        public void put(String key, String value, Instant until) {
            memory.put(key, value, until);
        }

        @Override
        public void remove(String key) {
            memory.remove(key);
        }
    }
}
