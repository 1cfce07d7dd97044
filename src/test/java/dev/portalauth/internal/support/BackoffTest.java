package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** After each failure in a row the wait doubles, up to a cap; a success forgets the failures. */
class BackoffTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(10), clock);

    @Test
    void nothingFailedYetMayBeTriedAtOnce() {
        assertTrue(backoff.mayTry());
        assertEquals(Duration.ZERO, backoff.remaining());
    }

    @Test
    void eachFailureInARowDoublesTheWaitUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), backoff.failed());
        assertEquals(Duration.ofSeconds(4), backoff.failed());
        assertEquals(Duration.ofSeconds(8), backoff.failed());
        assertEquals(Duration.ofSeconds(10), backoff.failed());
        assertEquals(Duration.ofSeconds(10), backoff.failed());
    }

    @Test
    void theWorkMayBeTriedAgainOnlyOnceTheWaitIsOver() {
        backoff.failed();
        clock.advance(Duration.ofMillis(1999));
        assertFalse(backoff.mayTry());
        assertEquals(Duration.ofMillis(1), backoff.remaining());
        clock.advance(Duration.ofMillis(1));
        assertTrue(backoff.mayTry());
    }

    @Test
    void aSuccessForgetsTheFailuresAndSaysHowManyThereWere() {
        backoff.failed();
        backoff.failed();
        assertEquals(2, backoff.succeeded());
        assertTrue(backoff.mayTry());
        assertEquals(Duration.ofSeconds(2), backoff.failed());
    }
}
