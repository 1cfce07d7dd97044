package dev.portalauth.internal.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded map whose entries die at their own expiry instant. It only saves work: a miss is
 * always allowed, so eviction when full is cheap and coarse: the expired and the oldest tenth
 * by insertion, in one pass.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAtMillis, long insertion) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;
    private final AtomicLong insertions = new AtomicLong();

    public ExpiringCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The live value for {@code key}, or {@code null}. */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAtMillis() <= clock.millis()) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    /** Keeps {@code value} until {@code expiresAt}; an already expired value is not stored. */
    public void put(K key, V value, Instant expiresAt) {
        long expiry = expiresAt.toEpochMilli();
        if (expiry <= clock.millis()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            makeRoom();
        }
        entries.put(key, new Entry<>(value, expiry, insertions.getAndIncrement()));
    }

    public void remove(K key) {
        entries.remove(key);
    }

    public int size() {
        return entries.size();
    }

    private void makeRoom() {
        long now = clock.millis();
        // By insertion, not by iteration order: dropping whatever the iterator met first emptied
        // the same hash bins again and again, so old entries piled up in the others (bench/run's
        // class histograms showed the map's bins turning into trees).
        long keepFrom = insertions.get() - (maxEntries - Math.max(1, maxEntries / 10));
        entries.values().removeIf(e -> e.expiresAtMillis() <= now || e.insertion() < keepFrom);
    }
}
