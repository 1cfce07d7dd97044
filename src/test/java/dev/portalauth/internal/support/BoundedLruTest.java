package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A bounded map: the least recently used entry goes first; one entry's work is never run twice at once. */
class BoundedLruTest {

    @Test
    void an_entry_is_made_once_and_then_found() {
        BoundedLru<String, AtomicInteger> lru = new BoundedLru<>(10);

        lru.withEntry("a", AtomicInteger::new, AtomicInteger::incrementAndGet);
        int seen = lru.withEntry("a", () -> new AtomicInteger(100), AtomicInteger::incrementAndGet);

        assertEquals(2, seen);
    }

    @Test
    void when_full_the_least_recently_used_entry_is_forgotten_not_a_recently_used_one() {
        BoundedLru<Integer, int[]> lru = new BoundedLru<>(1); // one stripe of one: eviction is exact
        lru.withEntry(1, () -> new int[] {1}, v -> v[0]);
        lru.withEntry(2, () -> new int[] {2}, v -> v[0]);

        assertEquals(1, lru.size());
        int found = lru.withEntry(1, () -> new int[] {-1}, v -> v[0]);
        assertEquals(-1, found, "1 was forgotten");
    }

    @Test
    void it_never_holds_much_more_than_its_bound() {
        BoundedLru<Integer, int[]> lru = new BoundedLru<>(1000);
        for (int i = 0; i < 100_000; i++) {
            lru.withEntry(i, () -> new int[1], v -> v[0]);
        }
        assertTrue(lru.size() <= 1000 + 16, "size " + lru.size());
    }

    @Test
    void concurrent_updates_of_one_entry_are_not_lost() throws Exception {
        BoundedLru<String, int[]> lru = new BoundedLru<>(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8000; i++) {
            pool.execute(() -> lru.withEntry("k", () -> new int[1], v -> ++v[0]));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        int total = lru.withEntry("k", () -> new int[1], v -> v[0]);
        assertEquals(8000, total);
    }
}
