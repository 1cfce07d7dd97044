package dev.portalauth.internal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a failed piece of work may be tried again: not before {@code first} after one failure, twice
 * as long after each further one, never longer than {@code max}; a success forgets the failures.
 * Thread-safe.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final Clock clock;
    private int failures;
    private Instant notBefore = Instant.MIN;

    public Backoff(Duration first, Duration max, Clock clock) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("first must be positive and max at least first");
        }
        this.first = first;
        this.max = max;
        this.clock = clock;
    }

    /** Whether the work may be tried now. */
    public synchronized boolean mayTry() {
        return !clock.instant().isBefore(notBefore);
    }

    /** Counts a failure; returns how long until the next try. */
    public synchronized Duration failed() {
        failures++;
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        wait = wait.compareTo(max) > 0 ? max : wait;
        notBefore = clock.instant().plus(wait);
        return wait;
    }

    /** Forgets the failures; returns how many there were in a row. */
    public synchronized int succeeded() {
        int before = failures;
        failures = 0;
        notBefore = Instant.MIN;
        return before;
    }

    /** Time left before the next try ({@link Duration#ZERO} when it may be tried now). */
    public synchronized Duration remaining() {
        Duration left = Duration.between(clock.instant(), notBefore);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
