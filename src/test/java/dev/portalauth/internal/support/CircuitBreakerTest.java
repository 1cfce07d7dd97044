package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.CircuitBreaker.State;

/**
 * The breaker opens when half of the last ten calls failed, refuses calls for
 * the delay, then lets exactly one probe through, whose outcome closes or reopens it.
 */
class CircuitBreakerTest {

    private static final Duration DELAY = Duration.ofSeconds(10);

    private final MutableClock clock = MutableClock.atSystemTime();
    private final CircuitBreaker breaker = new CircuitBreaker(0.5, 10, DELAY, clock);

    @Test
    void aNewBreakerIsClosedAndLetsCallsThrough() {
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void failuresBelowTheRequestVolumeNeverOpenIt() {
        calls(9, false);

        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void itOpensWhenTheFailureRatioOfTheLastRequestVolumeIsReached() {
        calls(5, true);
        calls(4, false);
        assertEquals(State.CLOSED, breaker.state(), "nine outcomes are fewer than the request volume");

        calls(1, false);

        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
    }

    @Test
    void fourFailuresInTenKeepItClosed() {
        calls(4, false);
        calls(6, true);

        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void onlyTheLastRequestVolumeOutcomesCount() {
        calls(4, false);
        calls(6, true);
        calls(4, false);      // 8 failures in 14 calls, but 4 in the last 10
        assertEquals(State.CLOSED, breaker.state());

        calls(1, false);

        assertEquals(State.OPEN, breaker.state(), "5 failures in the last 10 calls");
    }

    @Test
    void whileOpenEveryCallIsRefusedUntilTheDelayIsOver() {
        open();
        clock.advance(DELAY.minusMillis(1));

        assertFalse(breaker.tryAcquire());
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void afterTheDelayExactlyOneProbeGoesOut() {
        open();
        clock.advance(DELAY);

        assertTrue(breaker.tryAcquire(), "the probe");
        assertEquals(State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryAcquire(), "a second caller while the probe is out");
    }

    @Test
    void aSuccessfulProbeClosesItWithAFreshWindow() {
        open();
        clock.advance(DELAY);
        breaker.tryAcquire();

        breaker.success();

        assertEquals(State.CLOSED, breaker.state());
        calls(9, false);
        assertEquals(State.CLOSED, breaker.state(), "earlier failures are forgotten");
    }

    @Test
    void aFailedProbeOpensItForAnotherDelay() {
        open();
        clock.advance(DELAY);
        breaker.tryAcquire();

        breaker.failure();

        assertEquals(State.OPEN, breaker.state());
        clock.advance(DELAY.minusMillis(1));
        assertFalse(breaker.tryAcquire());
        clock.advance(Duration.ofMillis(1));
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aReleasedProbeLetsTheNextCallerProbe() {
        open();
        clock.advance(DELAY);
        breaker.tryAcquire();

        breaker.release();

        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire());
    }

    @Test
    void releasedCallsCountAsNothing() {
        for (int i = 0; i < 20; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.release();
        }
        calls(9, false);

        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void aRatioOfOneOpensOnlyWhenEveryCallFailed() {
        CircuitBreaker strict = new CircuitBreaker(1.0, 3, DELAY, clock);
        strict.failure();
        strict.failure();
        strict.success();
        assertEquals(State.CLOSED, strict.state());

        strict.failure();
        strict.failure();
        assertEquals(State.CLOSED, strict.state(), "the success is still among the last three");
        strict.failure();
        assertEquals(State.OPEN, strict.state());
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(0, 10, DELAY, clock));
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(1.5, 10, DELAY, clock));
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(0.5, 0, DELAY, clock));
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(0.5, 10, Duration.ZERO, clock));
    }

    /** {@code count} calls that all succeed ({@code true}) or all fail. */
    private void calls(int count, boolean succeed) {
        for (int i = 0; i < count; i++) {
            assertTrue(breaker.tryAcquire());
            if (succeed) {
                breaker.success();
            } else {
                breaker.failure();
            }
        }
    }

    private void open() {
        calls(10, false);
        assertEquals(State.OPEN, breaker.state());
    }
}
