package dev.portalauth.internal.support;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * At most {@code limit} calls in flight; one more is refused at once rather than queued, so a
 * flood waits on nothing and holds no request thread. Thread-safe.
 */
public final class Bulkhead {

    private final int limit;
    private final Semaphore slots;
    private final LongAdder rejections = new LongAdder();

    public Bulkhead(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.slots = new Semaphore(limit);
    }

    /** A slot, or {@code false} at once when all are taken. Every {@code true} must be followed by {@link #leave()}. */
    public boolean tryEnter() {
        if (slots.tryAcquire()) {
            return true;
        }
        rejections.increment();
        return false;
    }

    public void leave() {
        slots.release();
    }

    public int inFlight() {
        return limit - slots.availablePermits();
    }

    /** Calls refused since start-up (for metrics). */
    public long rejections() {
        return rejections.sum();
    }
}
