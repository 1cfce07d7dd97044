package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final SingleFlight<String, String> flight = new SingleFlight<>(100, clock);

    @Test
    void concurrentCallersWithTheSameKeyShareOneRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> flight.run("k", () -> {
                    runs.incrementAndGet();
                    await(release);
                    return "token";
                }, v -> clock.instant().plusSeconds(30))));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> f : results) {
                assertEquals("token", f.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, runs.get());
    }

    @Test
    void aSuccessIsHandedToLaterCallersUntilItsInstant() {
        AtomicInteger runs = new AtomicInteger();
        flight.run("k", () -> "v" + runs.incrementAndGet(), v -> clock.instant().plus(Duration.ofSeconds(5)));
        assertEquals("v1", flight.run("k", () -> "v" + runs.incrementAndGet(), v -> clock.instant().plusSeconds(5)));
        assertEquals(1, runs.get());
    }

    @Test
    void aFailureIsNotRememberedSoTheNextCallerTriesAgain() {
        assertThrows(IllegalStateException.class,
                () -> flight.run("k", () -> { throw new IllegalStateException("refused"); }, v -> clock.instant()));
        assertEquals("ok", flight.run("k", () -> "ok", v -> clock.instant().plusSeconds(5)));
    }

    @Test
    void differentKeysRunSeparately() {
        assertEquals("a", flight.run("1", () -> "a", v -> clock.instant().plusSeconds(5)));
        assertEquals("b", flight.run("2", () -> "b", v -> clock.instant().plusSeconds(5)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
