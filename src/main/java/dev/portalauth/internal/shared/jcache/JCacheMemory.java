package dev.portalauth.internal.shared.jcache;

import java.time.Clock;
import java.time.Instant;

import javax.cache.Cache;

import dev.portalauth.internal.shared.BoundedCalls;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.shared.SealedValues;
import dev.portalauth.internal.shared.SharedStateException;
import dev.portalauth.internal.shared.SharedStateFailures;

/**
 * A {@link Memory} in a JCache cache every node shares: keys hashed and values sealed
 * ({@link SealedValues}), so what another member wrote without the secret reads as nothing.
 * When the cache fails: this node's memory, or a refusal of the operation the memory serves
 * ({@code on-failure}); forgetting never fails a request.
 */
final class JCacheMemory implements Memory {

    private final Cache<String, String> cache;
    private final Memories which;
    private final SealedValues sealed;
    private final BoundedCalls calls;
    private final SharedStateFailures failures;
    private final Memory local;
    private final Clock clock;

    JCacheMemory(Cache<String, String> cache, Memories which, SealedValues sealed, BoundedCalls calls,
                 SharedStateFailures failures, Memory local, Clock clock) {
        this.cache = cache;
        this.which = which;
        this.sealed = sealed;
        this.calls = calls;
        this.failures = failures;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public String get(String key) {
        String cacheKey = sealed.keyOf(which.cacheName(), key);
        String value;
        try {
            value = calls.call(() -> cache.get(cacheKey));
            failures.succeeded();
        } catch (SharedStateException e) {
            failures.failed("get", which.cacheName(), e);
            if (failures.refuses()) {
                throw failures.refusal(which.serves());
            }
            return local.get(key);
        }
        Instant now = clock.instant();
        return sealed.open(cacheKey, value)
                .filter(opened -> opened.until().isAfter(now))
                .map(SealedValues.Opened::value)
                .orElse(null);
    }

    @Override
    public void put(String key, String value, Instant until) {
        if (!until.isAfter(clock.instant())) {
            return;
        }
        String cacheKey = sealed.keyOf(which.cacheName(), key);
        String sealedValue = sealed.seal(cacheKey, value, until);
        try {
            calls.call(() -> {
                cache.put(cacheKey, sealedValue);
                return null;
            });
            failures.succeeded();
        } catch (SharedStateException e) {
            failures.failed("put", which.cacheName(), e);
            if (!failures.refuses()) {
                local.put(key, value, until);
            }
        }
    }

    @Override
    public void remove(String key) {
        local.remove(key); // what an outage left here
        String cacheKey = sealed.keyOf(which.cacheName(), key);
        try {
            calls.call(() -> cache.remove(cacheKey));
            failures.succeeded();
        } catch (SharedStateException e) {
            failures.failed("remove", which.cacheName(), e);
        }
    }
}
