package dev.portalauth.internal.shared;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import dev.portalauth.internal.limits.InMemoryTokenBuckets;
import dev.portalauth.spi.TokenBuckets;

/** Every memory and bucket in this node's memory, bounded: {@code kraken.auth.shared-state=local}. */
public final class LocalStores implements StateStores {

    private final Map<Memories, LocalMemory> memories = new EnumMap<>(Memories.class);
    private final InMemoryTokenBuckets buckets;
    private final int maxRemembered;

    public LocalStores(int maxRemembered, int maxClients, Clock clock) {
        this.maxRemembered = maxRemembered;
        for (Memories which : Memories.values()) {
            memories.put(which, new LocalMemory(maxRemembered, clock));
        }
        this.buckets = new InMemoryTokenBuckets(maxClients, clock);
    }

    @Override
    public LocalMemory memory(Memories which) {
        return memories.get(which);
    }

    /** How many facts each memory keeps at most ({@code kraken.auth.token-cache.max-entries}). */
    public int capacity() {
        return maxRemembered;
    }

    @Override
    public TokenBuckets buckets() {
        return buckets;
    }
}
