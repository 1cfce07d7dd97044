package dev.portalauth.internal.limits;

import java.time.Clock;
import java.time.Duration;

import dev.portalauth.internal.support.BoundedLru;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * Token buckets in this server's memory, at most {@code maxClients} of them: the least recently
 * seen are forgotten first (a forgotten client starts again with a full bucket, which only
 * loosens a limit for a client that has been quiet longest).
 */
public final class InMemoryTokenBuckets implements TokenBuckets {

    /** Holds a client's current bucket; replaced under the entry's lock. */
    private static final class Bucket {
        TokenBucket state;

        Bucket(TokenBucket state) {
            this.state = state;
        }
    }

    private final BoundedLru<String, Bucket> buckets;
    private final Clock clock;

    public InMemoryTokenBuckets(int maxClients, Clock clock) {
        this.buckets = new BoundedLru<>(maxClients);
        this.clock = clock;
    }

    @Override
    public Duration take(String key, Rate rate) {
        if (rate.isOff()) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        return buckets.withEntry(key, () -> new Bucket(TokenBucket.full(rate, now)), bucket -> {
            TokenBucket.Taken taken = bucket.state.take(rate, now);
            bucket.state = taken.bucket();
            return taken.waitFor();
        });
    }

    public int size() {
        return buckets.size();
    }
}
