package dev.portalauth.internal.shared.jcache;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.spi.CachingProvider;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import dev.portalauth.internal.shared.AbsenceNearby;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.shared.SharedMessages;
import dev.portalauth.internal.shared.SharedParts;
import dev.portalauth.internal.shared.StateStores;
import dev.portalauth.spi.TokenBuckets;

/**
 * The memories and buckets in the server's JCache caches, {@code kraken-portal-auth.*}: Payara's
 * own cache manager (its clustered Hazelcast) where there is one, else the default caching
 * provider's ({@code Caching.getCachingProvider()}, e.g. Hazelcast in a Liberty shared library).
 * A cache an operator configured in the provider (its size, its backups) is used as it is; one
 * that does not exist is made with an expiry as long as its entries may be needed.
 */
public final class JCacheStores implements StateStores {

    private static final Logger LOG = Logger.getLogger(JCacheStores.class.getName());

    /** Where Payara binds the cache manager of its embedded Hazelcast member. */
    private static final String PAYARA_CACHE_MANAGER = "payara/CacheManager";
    /** {@code HazelcastCachingProvider.HAZELCAST_CONFIG_LOCATION}, by value: the module does not depend on Hazelcast. */
    private static final String HAZELCAST_CONFIG_LOCATION = "hazelcast.config.location";

    private final Map<Memories, Memory> memories = new EnumMap<>(Memories.class);
    private final TokenBuckets buckets;
    /** The cache manager these stores obtained from a provider themselves, and so close; null when it is the server's or a caller's. */
    private final CacheManager opened;

    /** Built by name from {@code SharedStateBeans}. */
    public JCacheStores(SharedParts parts) {
        this(cacheManager(parts), parts);
    }

    /** Over a cache manager of the caller's choosing (a test's own provider), which the caller closes. */
    public JCacheStores(CacheManager manager, SharedParts parts) {
        this(new Obtained(manager, false), parts);
    }

    private JCacheStores(Obtained obtained, SharedParts parts) {
        CacheManager manager = obtained.manager();
        this.opened = obtained.opened() ? manager : null;
        for (Memories which : Memories.values()) {
            Memory memory = new JCacheMemory(cache(manager, which.cacheName(), parts), which, parts.sealed(),
                    parts.calls(), parts.failures(), parts.local().memory(which), parts.clock());
            // Asked on every warm request of a scoped session: the cluster once a second per key at most.
            memories.put(which, which == Memories.ENDED_KEYS
                    ? new AbsenceNearby(memory, parts.local().capacity(), parts.clock()) : memory);
        }
        buckets = new JCacheTokenBuckets(cache(manager, Memories.BUCKETS_CACHE, parts), parts.sealed(), parts.calls(),
                parts.failures(), parts.local().buckets(), parts.clock());
        SharedMessages.SHARED.log(LOG, manager.getCachingProvider().getClass().getName());
    }

    @Override
    public Memory memory(Memories which) {
        return memories.get(which);
    }

    @Override
    public TokenBuckets buckets() {
        return buckets;
    }

    /**
     * Closes the cache manager these stores obtained themselves: a provider in a server's shared
     * library outlives the application, and so would the cluster member it started for it (on a
     * redeployment, a second member beside the first). The server's own manager stays the server's.
     */
    @Override
    public void close() {
        if (opened != null) {
            opened.close();
        }
    }

    /** A cache manager, and whether these stores opened it (and so close it). */
    private record Obtained(CacheManager manager, boolean opened) {
    }

    private static Obtained cacheManager(SharedParts parts) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (parts.providerConfig().isEmpty()) {
            CacheManager payara = payaraCacheManager();
            if (payara != null) {
                return new Obtained(payara, false);
            }
        }
        CachingProvider provider = Caching.getCachingProvider(loader);
        // The provider's default URI and class loader: Hazelcast prefixes the names of the caches of
        // any other with that URI and the class loader's toString(), which differs between nodes, so
        // each node would see caches of its own. The configuration is named by a property instead.
        return new Obtained(parts.providerConfig()
                .map(config -> provider.getCacheManager(null, null, locatedAt(config)))
                .orElseGet(provider::getCacheManager), true);
    }

    /** Most providers read the URI itself; Hazelcast reads its configuration's location from a property. */
    private static Properties locatedAt(String config) {
        Properties properties = new Properties();
        properties.setProperty(HAZELCAST_CONFIG_LOCATION, config);
        return properties;
    }

    private static CacheManager payaraCacheManager() {
        try {
            return new InitialContext().lookup(PAYARA_CACHE_MANAGER) instanceof CacheManager manager ? manager : null;
        } catch (NamingException e) {
            return null; // not Payara, or Payara without its cluster
        }
    }

    private static Cache<String, String> cache(CacheManager manager, String name, SharedParts parts) {
        Cache<String, String> existing = manager.getCache(name);
        if (existing != null) {
            return existing;
        }
        Duration lifetime = parts.lifetimes().get(name);
        MutableConfiguration<String, String> configuration = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, lifetime.toMillis())));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException e) {
            // Another node made it first.
            Cache<String, String> made = manager.getCache(name);
            if (made == null) {
                throw e;
            }
            return made;
        }
    }
}
