package dev.portalauth.internal.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A map of at most about {@code maxEntries} entries that forgets the least recently used one
 * when full. Split into stripes, each an access-ordered {@link LinkedHashMap} under its own lock,
 * so that requests of different clients rarely wait on each other; eviction is least recently
 * used per stripe, which is close enough for state that only limits (never grants) anything.
 */
public final class BoundedLru<K, V> {

    private static final int MAX_STRIPES = 16;

    private final Stripe<K, V>[] stripes;

    @SuppressWarnings("unchecked")
    public BoundedLru(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        int count = Math.min(MAX_STRIPES, maxEntries);
        stripes = new Stripe[count];
        int perStripe = (maxEntries + count - 1) / count;
        for (int i = 0; i < count; i++) {
            stripes[i] = new Stripe<>(perStripe);
        }
    }

    /**
     * Runs {@code use} on the entry of {@code key} (made by {@code create} when absent) under that
     * entry's lock: {@code use} may change the value in place, and must be short.
     */
    public <R> R withEntry(K key, Supplier<V> create, Function<V, R> use) {
        Stripe<K, V> stripe = stripes[Math.floorMod(key.hashCode() ^ (key.hashCode() >>> 16), stripes.length)];
        synchronized (stripe) {
            V value = stripe.get(key);
            if (value == null) {
                value = create.get();
                stripe.put(key, value);
            }
            return use.apply(value);
        }
    }

    public int size() {
        int size = 0;
        for (Stripe<K, V> stripe : stripes) {
            synchronized (stripe) {
                size += stripe.size();
            }
        }
        return size;
    }

    private static final class Stripe<K, V> extends LinkedHashMap<K, V> {

        private static final long serialVersionUID = 1L;

        private final int capacity;

        Stripe(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
