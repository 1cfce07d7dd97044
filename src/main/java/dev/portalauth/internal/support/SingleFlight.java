package dev.portalauth.internal.support;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one piece of work per key at a time: concurrent callers with the same key wait for the first
 * one's result, and a success is remembered until the instant it names, so a request that arrives
 * just after (still carrying the same refresh token or key) gets it too. Failures are not
 * remembered: the next caller tries again.
 */
public final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    private final ExpiringCache<K, V> recent;

    public SingleFlight(int maxRemembered, Clock clock) {
        this.recent = new ExpiringCache<>(maxRemembered, clock);
    }

    /**
     * The remembered or shared result for {@code key}, else runs {@code work}.
     *
     * @param rememberUntil how long a success may be handed to later callers with the same key
     *                      (an instant already past: not at all)
     */
    public V run(K key, Supplier<V> work, Function<V, Instant> rememberUntil) {
        V known = recent.get(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            V value = recent.get(key);
            if (value == null) {
                value = work.get();
                recent.put(key, value, rememberUntil.apply(value));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The success remembered for {@code key} is handed out no more. */
    public void forget(K key) {
        recent.remove(key);
    }

    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
