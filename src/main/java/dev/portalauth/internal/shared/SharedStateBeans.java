package dev.portalauth.internal.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.LimitSettings;
import dev.portalauth.internal.config.SharedStateSettings;
import dev.portalauth.internal.config.TokenSettings;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.observe.PortalAuthMetrics;

/**
 * Chooses, once, where the chain's memories and the buckets live ({@code kraken.auth.shared-state}):
 * this node's memory, or the server's JCache caches — built by name, so that nothing of JCache loads
 * on a server without it unless it was asked for.
 */
@ApplicationScoped
public class SharedStateBeans {

    static final String JCACHE_STORES = "dev.portalauth.internal.shared.jcache.JCacheStores";
    static final String HEALTHY = "kpa_shared_state_healthy";
    static final String FAILURES = "kpa_shared_state_failures";

    /** The longest a refresh result is handed over (the refresher's own bound is shorter). */
    static final Duration HAND_OVER_LIFETIME = Duration.ofMinutes(2);
    /** A confirmation outliving this is asked for again: one more Kraken call, never a wrong answer. */
    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(1);

    private final StateStores stores;
    private final BoundedCalls calls;

    /** For the container's client proxy only. */
    protected SharedStateBeans() {
        this.stores = null;
        this.calls = null;
    }

    @Inject
    public SharedStateBeans(SharedStateSettings shared, TokenSettings tokens, LimitSettings limits,
                            AnonKeySettings anonKeys, Clock clock, PortalAuthMetrics metrics) {
        LocalStores local = new LocalStores(tokens.tokenCacheMaxEntries(), limits.rateLimitMaxClients(), clock);
        if (!shared.jcache()) {
            this.stores = local;
            this.calls = null;
            return;
        }
        SharedStateFailures failures = new SharedStateFailures(shared.refuseOnFailure(), clock);
        this.calls = new BoundedCalls(shared.timeout());
        SharedParts parts = new SharedParts(local, new SealedValues(shared.secret().orElseThrow()), calls, failures,
                lifetimes(anonKeys, limits), shared.providerConfig(), clock);
        this.stores = jcacheStores(parts);
        metrics.gauge(HEALTHY, null, null, failures::healthy);
        metrics.gauge(FAILURES, null, null, failures::failures);
    }

    /** How long each cache keeps an entry at most: as long as the memory it holds, or the longest rate period. */
    static Map<String, Duration> lifetimes(AnonKeySettings anonKeys, LimitSettings limits) {
        Map<String, Duration> lifetimes = new HashMap<>();
        lifetimes.put(Memories.REFUSED_KEYS.cacheName(), anonKeys.refusedKeyMemory());
        lifetimes.put(Memories.ENDED_KEYS.cacheName(), anonKeys.endedKeyMemory());
        lifetimes.put(Memories.CONFIRMATIONS.cacheName(), CONFIRMATION_LIFETIME);
        lifetimes.put(Memories.REFRESH_HAND_OVERS.cacheName(), HAND_OVER_LIFETIME);
        lifetimes.put(Memories.REFRESH_PREDECESSORS.cacheName(), HAND_OVER_LIFETIME);
        Duration longest = Duration.ofSeconds(1);
        for (LimitedOperation operation : LimitedOperation.values()) {
            Duration period = limits.rateLimit(operation).period();
            if (period != null && period.compareTo(longest) > 0) {
                longest = period;
            }
        }
        lifetimes.put(Memories.BUCKETS_CACHE, longest);
        return lifetimes;
    }

    private static StateStores jcacheStores(SharedParts parts) {
        try {
            return Class.forName(JCACHE_STORES, true, SharedStateBeans.class.getClassLoader())
                    .asSubclass(StateStores.class).getConstructor(SharedParts.class).newInstance(parts);
        } catch (LinkageError | ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(SharedMessages.NO_PROVIDER.format(cause.getClass().getSimpleName(),
                    cause.getMessage()), cause);
        }
    }

    @PreDestroy
    void close() {
        stores.close();
        if (calls != null) {
            calls.close();
        }
    }

    @Produces
    StateStores stores() {
        return stores;
    }
}
