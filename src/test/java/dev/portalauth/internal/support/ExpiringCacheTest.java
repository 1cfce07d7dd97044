package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(100, clock);

    private Instant inAnHour() {
        return clock.instant().plus(Duration.ofHours(1));
    }

    @Test
    void aValueLivesUntilItsOwnExpiry() {
        cache.put("k", "v", clock.instant().plusSeconds(10));

        clock.advance(Duration.ofSeconds(9));
        assertEquals("v", cache.get("k"));
        clock.advance(Duration.ofSeconds(1));
        assertNull(cache.get("k"));
    }

    @Test
    void anAlreadyExpiredValueIsNotStored() {
        cache.put("k", "v", clock.instant());

        assertNull(cache.get("k"));
        assertEquals(0, cache.size());
    }

    @Test
    void itNeverHoldsMoreThanItsBound() {
        for (int i = 0; i < 10_000; i++) {
            cache.put("token-" + i, "v", inAnHour());
            assertTrue(cache.size() <= 100, "size " + cache.size() + " after " + (i + 1) + " puts");
        }
    }

    @Test
    void whenFullTheOldestGoFirstWhereverTheirKeysHash() {
        for (int i = 0; i < 10_000; i++) {
            cache.put("token-" + i, "v" + i, inAnHour());
        }

        // Room is made a tenth at a time: the newest nine tenths are always there.
        for (int i = 10_000 - 90; i < 10_000; i++) {
            assertEquals("v" + i, cache.get("token-" + i), "token-" + i);
        }
        assertNull(cache.get("token-0"));
    }

    @Test
    void whenFullTheExpiredGoBeforeAnyLiveEntry() {
        for (int i = 0; i < 50; i++) {
            cache.put("short-" + i, "v", clock.instant().plusSeconds(10));
        }
        for (int i = 0; i < 50; i++) {
            cache.put("long-" + i, "v", inAnHour());
        }
        clock.advance(Duration.ofSeconds(10));

        cache.put("new", "v", inAnHour());

        assertEquals(51, cache.size());
        for (int i = 0; i < 50; i++) {
            assertEquals("v", cache.get("long-" + i));
        }
    }
}
