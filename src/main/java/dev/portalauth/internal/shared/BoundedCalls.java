package dev.portalauth.internal.shared;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cache operations bounded by a timeout: JCache has no timeouts of its own, and a request thread
 * must not hang on a cluster that lost a member. Each operation runs on a small pool of this
 * module's threads (with the application's class loader, which the provider may need); one that
 * does not finish in time, or finds the pool full, fails.
 */
public final class BoundedCalls implements AutoCloseable {

    private static final int THREADS = 8;
    private static final int QUEUED = 512;

    private final ThreadPoolExecutor pool;
    private final long timeoutNanos;

    public BoundedCalls(Duration timeout) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
            Thread thread = new Thread(task, "kraken-portal-auth-shared-state-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        this.pool.allowCoreThreadTimeOut(true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** @throws SharedStateException when {@code operation} failed, took too long or could not start */
    public <T> T call(Callable<T> operation) {
        Future<T> future;
        try {
            future = pool.submit(operation);
        } catch (RejectedExecutionException e) {
            throw new SharedStateException("too many cache operations waiting", e);
        }
        try {
            return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SharedStateException("cache operation timed out", e);
        } catch (ExecutionException e) {
            throw new SharedStateException("cache operation failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SharedStateException("interrupted waiting for the cache", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
