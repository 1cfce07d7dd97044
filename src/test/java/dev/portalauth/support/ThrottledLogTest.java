package dev.portalauth.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** A warning repeated under attack: the first at once, then one line per interval saying how many there were. */
class ThrottledLogTest {

    private static final Logger LOG = Logger.getLogger(ThrottledLogTest.class.getName());

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ThrottledLog log = new ThrottledLog(LOG, "KPA-TEST-001 something {odd} happened", Duration.ofMinutes(1), clock);

    private static List<Object> counts(CapturedLog captured) {
        return captured.records().stream().map(r -> r.getParameters()[0]).toList();
    }

    @Test
    void the_first_occurrence_is_logged_at_once_and_the_rest_of_the_interval_only_counted() {
        try (CapturedLog captured = CapturedLog.of(ThrottledLogTest.class)) {
            for (int i = 0; i < 1000; i++) {
                log.warning();
            }
            clock.advance(Duration.ofSeconds(59));
            log.warning();

            assertEquals(List.of(1L), counts(captured));
            assertEquals("KPA-TEST-001 something '{'odd} happened ({0} times since the last report)",
                    captured.records().get(0).getMessage());
        }
    }

    @Test
    void after_the_interval_the_next_occurrence_reports_every_one_counted_meanwhile() {
        try (CapturedLog captured = CapturedLog.of(ThrottledLogTest.class)) {
            log.warning();
            for (int i = 0; i < 41; i++) {
                log.warning();
            }
            clock.advance(Duration.ofMinutes(1));
            log.warning();
            clock.advance(Duration.ofMinutes(5));
            log.warning();

            assertEquals(List.of(1L, 42L, 1L), counts(captured));
        }
    }

    @Test
    void no_occurrence_is_lost_or_reported_twice_under_concurrency() throws Exception {
        try (CapturedLog captured = CapturedLog.of(ThrottledLogTest.class)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 20_000; i++) {
                int n = i;
                pool.execute(() -> {
                    if (n % 1000 == 0) {
                        clock.advance(Duration.ofMinutes(1));
                    }
                    log.warning();
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            clock.advance(Duration.ofMinutes(1));
            log.warning();

            assertEquals(20_001L, counts(captured).stream().mapToLong(c -> (Long) c).sum());
        }
    }
}
