package dev.portalauth.internal.shared.jcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.cache.Cache;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimitedException;
import dev.portalauth.internal.shared.BoundedCalls;
import dev.portalauth.internal.shared.LocalStores;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.SealedValues;
import dev.portalauth.internal.shared.SharedParts;
import dev.portalauth.internal.shared.SharedStateFailures;
import dev.portalauth.spi.Rate;

/**
 * A cache that hangs or fails never holds a request longer than the timeout: with
 * {@code on-failure=local} this node's memory stands in; with {@code refuse} what needed the
 * state is refused ({@code RATE_LIMITED}); forgetting never fails; the health shows it.
 */
class SharedStateFailureSpec {

    private static final Duration TIMEOUT = Duration.ofMillis(100);
    private static final Rate RATE = new Rate(2, Duration.ofMinutes(1));

    private final Clock clock = Clock.systemUTC();

    /** A JCache cache whose every operation hangs for {@code hang}, or throws when {@code hang} is null. */
    @SuppressWarnings("unchecked")
    private static Cache<String, String> broken(Duration hang) {
        return (Cache<String, String>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> {
                    if (hang == null) {
                        throw new IllegalStateException("member gone");
                    }
                    Thread.sleep(hang.toMillis());
                    return null;
                });
    }

    private SharedParts parts(boolean refuse) {
        Map<String, Duration> lifetimes = new HashMap<>();
        return new SharedParts(new LocalStores(100, 100, clock), new SealedValues(HazelcastCluster.SECRET),
                new BoundedCalls(TIMEOUT), new SharedStateFailures(refuse, clock), lifetimes, Optional.empty(), clock);
    }

    private static JCacheMemory memory(Cache<String, String> cache, Memories which, SharedParts parts) {
        return new JCacheMemory(cache, which, parts.sealed(), parts.calls(), parts.failures(),
                parts.local().memory(which), parts.clock());
    }

    private static JCacheTokenBuckets buckets(Cache<String, String> cache, SharedParts parts) {
        return new JCacheTokenBuckets(cache, parts.sealed(), parts.calls(), parts.failures(), parts.local().buckets(),
                parts.clock());
    }

    @Test
    void aHangingCacheCostsARequestNoMoreThanTheTimeoutAndThisNodesMemoryStandsIn() {
        SharedParts parts = parts(false);
        JCacheMemory refused = memory(broken(Duration.ofSeconds(5)), Memories.REFUSED_KEYS, parts);
        long start = System.nanoTime();
        refused.put("key-hash", "1", Instant.now().plusSeconds(60));
        String remembered = refused.get("key-hash");
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertEquals("1", remembered, "remembered on this node meanwhile");
        assertTrue(took < 1_000, "two operations took " + took + " ms");
        assertEquals(0, parts.failures().healthy());
        assertEquals(2, parts.failures().failures());
    }

    @Test
    void withLocalOnFailureTheLimitsHoldPerNode() {
        JCacheTokenBuckets buckets = buckets(broken(null), parts(false));
        assertTrue(buckets.take("exchange 198.51.100.1", RATE).isZero());
        assertTrue(buckets.take("exchange 198.51.100.1", RATE).isZero());
        assertFalse(buckets.take("exchange 198.51.100.1", RATE).isZero());
    }

    @Test
    void withRefuseOnFailureWhatNeededTheStateIsRateLimited() {
        SharedParts parts = parts(true);
        JCacheMemory handOvers = memory(broken(null), Memories.REFRESH_HAND_OVERS, parts);
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> handOvers.get("refresh-hash"));
        assertTrue(e.getMessage().contains(LimitedOperation.REFRESH.configName()), e.getMessage());
        assertFalse(buckets(broken(null), parts).take("exchange 198.51.100.2", RATE).isZero());
    }

    @Test
    void forgettingNeverFailsALogoutAndForgetsWhatThisNodeHeldMeanwhile() {
        SharedParts parts = parts(true);
        JCacheMemory handOvers = memory(broken(null), Memories.REFRESH_HAND_OVERS, parts);
        handOvers.remove("refresh-hash");

        SharedParts local = parts(false);
        JCacheMemory fallingBack = memory(broken(null), Memories.REFRESH_HAND_OVERS, local);
        fallingBack.put("refresh-hash", "tokens", Instant.now().plusSeconds(60));
        fallingBack.remove("refresh-hash");
        assertNull(local.local().memory(Memories.REFRESH_HAND_OVERS).get("refresh-hash"));
    }
}
