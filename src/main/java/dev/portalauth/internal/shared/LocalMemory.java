package dev.portalauth.internal.shared;

import java.time.Clock;
import java.time.Instant;

import dev.portalauth.internal.support.ExpiringCache;

/** A {@link Memory} in this node's memory, bounded: what every node keeps when nothing is shared. */
public final class LocalMemory implements Memory {

    private final ExpiringCache<String, String> entries;

    public LocalMemory(int maxEntries, Clock clock) {
        this.entries = new ExpiringCache<>(maxEntries, clock);
    }

    @Override
    public String get(String key) {
        return entries.get(key);
    }

    @Override
    public void put(String key, String value, Instant until) {
        entries.put(key, value, until);
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    public int size() {
        return entries.size();
    }
}
