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

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
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
        double periodMillis = rate.period().toMillis();
        return buckets.withEntry(key, () -> new Bucket(rate.permits(), now), bucket -> {
            long elapsed = Math.max(0, now - bucket.refilledAt);
            bucket.tokens = Math.min(rate.permits(), bucket.tokens + elapsed * rate.permits() / periodMillis);
            bucket.refilledAt = Math.max(bucket.refilledAt, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) * periodMillis / rate.permits()));
        });
    }

    public int size() {
        return buckets.size();
    }
}
