package dev.portalauth.internal.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimitedException;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * What a failed cache operation leads to ({@code kraken.auth.shared-state.on-failure}): this node's
 * memory ({@code local}), or a refusal of what needed the state ({@code refuse}); either way a
 * warning once a minute, and the cache's health for the metrics.
 */
public final class SharedStateFailures {

    private static final Logger LOG = Logger.getLogger(SharedStateFailures.class.getName());

    /** When refused for want of the shared state: worth a retry soon, the cluster may be back. */
    public static final Duration REFUSED_RETRY = Duration.ofSeconds(1);

    private final boolean refuse;
    private final RepeatedWarning warning;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicBoolean healthy = new AtomicBoolean(true);

    public SharedStateFailures(boolean refuse, Clock clock) {
        this.refuse = refuse;
        this.warning = new RepeatedWarning(LOG, Level.WARNING, Duration.ofMinutes(1), clock);
    }

    /** The cache answered. */
    public void succeeded() {
        healthy.set(true);
    }

    /** The cache failed {@code operation} on {@code cacheName}; logged without a key or value. */
    public void failed(String operation, String cacheName, SharedStateException e) {
        failures.incrementAndGet();
        healthy.set(false);
        String cause = e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")";
        warning.log(() -> SharedMessages.FAILED.format(operation, cacheName, e.getMessage(), cause,
                refuse ? "requests that need it are refused" : "this node's memory is used meanwhile"));
    }

    /** {@code on-failure=refuse}. */
    public boolean refuses() {
        return refuse;
    }

    /** The answer to a request whose {@code operation} needed the state that failed. */
    public RateLimitedException refusal(LimitedOperation operation) {
        return new RateLimitedException(operation, REFUSED_RETRY);
    }

    /** Cache operations failed since start-up. */
    public long failures() {
        return failures.get();
    }

    /** 1 while the last cache operation succeeded, else 0. */
    public int healthy() {
        return healthy.get() ? 1 : 0;
    }
}
