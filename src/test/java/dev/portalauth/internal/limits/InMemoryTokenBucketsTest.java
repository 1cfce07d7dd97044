package dev.portalauth.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.spi.Rate;

/** Token buckets: N at once, then one more every period/N; bounded, the least recently seen forgotten first. */
class InMemoryTokenBucketsTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final Rate threePerMinute = new Rate(3, Duration.ofMinutes(1));

    @Test
    void a_full_bucket_gives_its_size_at_once_then_says_when_the_next_token_comes() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(100, clock);

        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, buckets.take("exchange a", threePerMinute));
        }
        assertEquals(Duration.ofSeconds(20), buckets.take("exchange a", threePerMinute));
    }

    @Test
    void tokens_come_back_one_per_period_over_size_and_never_beyond_the_size() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(100, clock);
        for (int i = 0; i < 3; i++) {
            buckets.take("a", threePerMinute);
        }

        clock.advance(Duration.ofSeconds(15));
        assertEquals(Duration.ofSeconds(5), buckets.take("a", threePerMinute));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, buckets.take("a", threePerMinute));
        assertTrue(buckets.take("a", threePerMinute).compareTo(Duration.ZERO) > 0);

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, buckets.take("a", threePerMinute));
        }
        assertTrue(buckets.take("a", threePerMinute).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void each_key_has_its_own_bucket() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(100, clock);
        Rate one = new Rate(1, Duration.ofMinutes(1));

        assertEquals(Duration.ZERO, buckets.take("exchange a", one));
        assertEquals(Duration.ZERO, buckets.take("exchange b", one));
        assertEquals(Duration.ZERO, buckets.take("login a", one));
        assertTrue(buckets.take("exchange a", one).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void a_turned_off_rate_never_refuses_and_keeps_no_bucket() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(100, clock);

        for (int i = 0; i < 1000; i++) {
            assertEquals(Duration.ZERO, buckets.take("a", Rate.OFF));
        }
        assertEquals(0, buckets.size());
    }

    @Test
    void memory_is_bounded_and_a_flood_of_clients_does_not_free_a_recently_seen_one() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(1600, clock);
        Rate one = new Rate(1, Duration.ofMinutes(1));
        buckets.take("attacker", one);

        for (int i = 0; i < 10_000; i++) {
            buckets.take("client-" + i, one);
            if (i % 4 == 0) {
                assertTrue(buckets.take("attacker", one).compareTo(Duration.ZERO) > 0, "still limited after " + i);
            }
        }
        assertTrue(buckets.size() <= 1600, "size " + buckets.size());
    }
}
