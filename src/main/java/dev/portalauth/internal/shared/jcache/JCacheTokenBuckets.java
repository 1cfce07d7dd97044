package dev.portalauth.internal.shared.jcache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.cache.Cache;

import dev.portalauth.internal.limits.TokenBucket;
import dev.portalauth.internal.shared.BoundedCalls;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.SealedValues;
import dev.portalauth.internal.shared.SharedStateException;
import dev.portalauth.internal.shared.SharedStateFailures;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * Token buckets every node shares, taken atomically by compare-and-replace on sealed strings (JDK
 * types only: an entry processor of the application's classes would have to deserialise on
 * every member). A bucket another member wrote without the secret counts as empty: a rogue member
 * can deny a client service, never lift its limit. When the cache fails: this node's buckets, or a
 * refusal ({@code on-failure}).
 */
final class JCacheTokenBuckets implements TokenBuckets {

    /** Beyond this many lost races the client is hammering its own bucket: refused. */
    private static final int MAX_ATTEMPTS = 16;

    private final Cache<String, String> cache;
    private final SealedValues sealed;
    private final BoundedCalls calls;
    private final SharedStateFailures failures;
    private final TokenBuckets local;
    private final Clock clock;

    JCacheTokenBuckets(Cache<String, String> cache, SealedValues sealed, BoundedCalls calls,
                       SharedStateFailures failures, TokenBuckets local, Clock clock) {
        this.cache = cache;
        this.sealed = sealed;
        this.calls = calls;
        this.failures = failures;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public Duration take(String key, Rate rate) {
        if (rate.isOff()) {
            return Duration.ZERO;
        }
        String cacheKey = sealed.keyOf(Memories.BUCKETS_CACHE, key);
        try {
            Duration wait = calls.call(() -> takeAtomically(cacheKey, rate));
            failures.succeeded();
            return wait;
        } catch (SharedStateException e) {
            failures.failed("take", Memories.BUCKETS_CACHE, e);
            return failures.refuses() ? SharedStateFailures.REFUSED_RETRY : local.take(key, rate);
        }
    }

    private Duration takeAtomically(String cacheKey, Rate rate) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long now = clock.millis();
            String old = cache.get(cacheKey);
            Optional<SealedValues.Opened> opened = old == null ? Optional.empty() : sealed.open(cacheKey, old);
            boolean foreign = old != null && opened.isEmpty();
            TokenBucket current = opened.map(o -> o.until().toEpochMilli() <= now ? TokenBucket.full(rate, now)
                    : read(o.value(), now)).orElseGet(() -> foreign ? TokenBucket.empty(now) : TokenBucket.full(rate, now));
            TokenBucket.Taken taken = current.take(rate, now);
            if (!taken.granted() && !foreign) {
                return taken.waitFor(); // nothing taken, nothing to write
            }
            // A foreign value is replaced by an empty bucket of ours, which refills as any other.
            // A bucket untouched for a whole period is full again: it need not outlive that.
            String next = sealed.seal(cacheKey, taken.bucket().encode(), Instant.ofEpochMilli(now).plus(rate.period()));
            boolean swapped = old == null ? cache.putIfAbsent(cacheKey, next) : cache.replace(cacheKey, old, next);
            if (swapped) {
                return taken.waitFor();
            }
        }
        return rate.period().dividedBy(Math.max(1, rate.permits()));
    }

    private static TokenBucket read(String text, long now) {
        try {
            return TokenBucket.decode(text);
        } catch (IllegalArgumentException e) {
            return TokenBucket.empty(now);
        }
    }
}
