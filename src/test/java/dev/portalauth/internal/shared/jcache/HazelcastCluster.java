package dev.portalauth.internal.shared.jcache;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.cache.CacheManager;
import javax.cache.Caching;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.portalauth.internal.shared.BoundedCalls;
import dev.portalauth.internal.shared.LocalStores;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.SealedValues;
import dev.portalauth.internal.shared.SharedParts;
import dev.portalauth.internal.shared.SharedStateFailures;

/**
 * A real JCache provider in the test's JVM — Hazelcast, as Payara Micro ships it — one member
 * that joins nothing, and nodes of the module over it, each with its own local fallback.
 */
final class HazelcastCluster implements AutoCloseable {

    static final String SECRET = "the-nodes-shared-state-secret-0123456789";

    private final HazelcastInstance member;
    private final CacheManager manager;

    HazelcastCluster() {
        Config config = new Config();
        config.setClusterName("kpa-spec-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        member = Hazelcast.newHazelcastInstance(config);
        manager = Caching.getCachingProvider(HazelcastCachingProvider.MEMBER_CACHING_PROVIDER)
                .getCacheManager(null, null, HazelcastCachingProvider.propertiesByInstanceItself(member));
    }

    CacheManager manager() {
        return manager;
    }

    /** A node of the module with {@code secret} over this member's caches. */
    JCacheStores node(String secret, boolean refuseOnFailure, Clock clock) {
        return new JCacheStores(manager, parts(secret, refuseOnFailure, clock));
    }

    static SharedParts parts(String secret, boolean refuseOnFailure, Clock clock) {
        return parts(secret, refuseOnFailure, clock, Optional.empty());
    }

    /** As {@link #parts(String, boolean, Clock)}, with the provider's configuration at {@code providerConfig}. */
    static SharedParts parts(String secret, boolean refuseOnFailure, Clock clock, Optional<String> providerConfig) {
        Map<String, Duration> lifetimes = new HashMap<>();
        for (Memories which : Memories.values()) {
            lifetimes.put(which.cacheName(), Duration.ofHours(1));
        }
        lifetimes.put(Memories.BUCKETS_CACHE, Duration.ofHours(1));
        return new SharedParts(new LocalStores(100, 100, clock), new SealedValues(secret),
                new BoundedCalls(Duration.ofSeconds(5)), new SharedStateFailures(refuseOnFailure, clock), lifetimes,
                providerConfig, clock);
    }

    @Override
    public void close() {
        manager.close();
        member.shutdown();
    }
}
