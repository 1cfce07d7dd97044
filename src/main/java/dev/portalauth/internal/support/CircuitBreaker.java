package dev.portalauth.internal.support;

import java.time.Clock;
import java.time.Duration;

/**
 * A circuit breaker over the last {@code requestVolume} outcomes: it opens when at least
 * {@code failureRatio} of them were failures, refuses every call for {@code delay}, then lets one
 * probe through; the probe's success closes it (with a fresh window), its failure opens it again.
 *
 * <p>The caller decides what a failure is: only outcomes reported through {@link #success()} and
 * {@link #failure()} count; a permit given back with {@link #release()} (the call never went out)
 * counts as nothing. Thread-safe; every method is a few field updates under one lock.
 */
public final class CircuitBreaker {

    /** Readable by health checks and metrics. */
    public enum State {
        /** Calls go out; outcomes are counted. */
        CLOSED,
        /** Calls fail at once until the delay is over. */
        OPEN,
        /** The delay is over and one probe is out: other calls still fail at once. */
        HALF_OPEN
    }

    private final double failureRatio;
    private final boolean[] window;
    private final long delayMillis;
    private final Clock clock;

    private State state = State.CLOSED;
    private int next;
    private int recorded;
    private int failures;
    private long openedAt;
    private boolean probeOut;

    /**
     * @param failureRatio  in (0, 1]
     * @param requestVolume at least 1: how many last outcomes are weighed
     * @param delay         positive: how long the breaker stays open
     */
    public CircuitBreaker(double failureRatio, int requestVolume, Duration delay, Clock clock) {
        if (!(failureRatio > 0 && failureRatio <= 1) || requestVolume < 1 || delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("failure ratio in (0,1], request volume >= 1, positive delay");
        }
        this.failureRatio = failureRatio;
        this.window = new boolean[requestVolume];
        this.delayMillis = delay.toMillis();
        this.clock = clock;
    }

    /**
     * Whether a call may go out now. Every {@code true} must be followed by exactly one of
     * {@link #success()}, {@link #failure()} or {@link #release()}.
     */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (clock.millis() - openedAt < delayMillis) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeOut = true;
                return true;
            default:
                if (probeOut) {
                    return false;
                }
                probeOut = true; // a released probe: the next caller probes instead
                return true;
        }
    }

    /** @return true when this success (a probe's) closed the breaker */
    public synchronized boolean success() {
        if (state == State.HALF_OPEN) {
            close();
            return true;
        }
        if (state == State.CLOSED) {
            record(false);
        }
        return false;
    }

    /** @return true when this failure opened the breaker */
    public synchronized boolean failure() {
        if (state == State.HALF_OPEN) {
            open();
            return true;
        }
        if (state == State.CLOSED) {
            record(true);
            if (recorded == window.length && (double) failures / window.length >= failureRatio) {
                open();
                return true;
            }
        }
        return false;
    }

    /** The permitted call did not go out (e.g. a full bulkhead): nothing is counted. */
    public synchronized void release() {
        if (state == State.HALF_OPEN) {
            probeOut = false;
        }
    }

    public synchronized State state() {
        return state;
    }

    private void record(boolean failed) {
        if (recorded == window.length) {
            failures -= window[next] ? 1 : 0;
        } else {
            recorded++;
        }
        window[next] = failed;
        failures += failed ? 1 : 0;
        next = (next + 1) % window.length;
    }

    private void open() {
        state = State.OPEN;
        openedAt = clock.millis();
        probeOut = false;
    }

    private void close() {
        state = State.CLOSED;
        probeOut = false;
        next = 0;
        recorded = 0;
        failures = 0;
    }
}
