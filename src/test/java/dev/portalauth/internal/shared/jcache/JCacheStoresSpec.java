package dev.portalauth.internal.shared.jcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.cache.Cache;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.shared.SealedValues;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * Nodes sharing state through a real JCache provider act as one — a fact one remembers the others
 * know, a limit holds once over all, atomically — and a cluster member without the secret,
 * whatever it writes where, grants nothing: no hand-over, no confirmation, no lifted limit.
 */
class JCacheStoresSpec {

    private static final String ROGUE_SECRET = "a-rogue-members-own-secret-0123456789";

    private static HazelcastCluster cluster;

    private final MutableClock clock = MutableClock.atSystemTime();
    private final JCacheStores a = cluster.node(HazelcastCluster.SECRET, false, clock);
    private final JCacheStores b = cluster.node(HazelcastCluster.SECRET, false, clock);

    @BeforeAll
    static void startCluster() {
        cluster = new HazelcastCluster();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    private static String unique(String what) {
        return what + "-" + System.nanoTime();
    }

    private Cache<String, String> cache(Memories which) {
        return cluster.manager().getCache(which.cacheName());
    }

    @Test
    void whatOneNodeRemembersAnotherKnowsAndAForgettingIsEverywhere() {
        String key = unique("refresh-hash");
        a.memory(Memories.REFRESH_HAND_OVERS).put(key, "tokens", clock.instant().plusSeconds(60));
        assertEquals("tokens", b.memory(Memories.REFRESH_HAND_OVERS).get(key));

        b.memory(Memories.REFRESH_HAND_OVERS).remove(key);
        assertNull(a.memory(Memories.REFRESH_HAND_OVERS).get(key), "a logout on B ends the hand-over on A");
    }

    @Test
    void aValueEndsAtItsOwnInstantWhateverTheCacheKeeps() {
        String key = unique("key-hash");
        a.memory(Memories.REFUSED_KEYS).put(key, "1", clock.instant().plusSeconds(2));
        clock.advance(Duration.ofSeconds(3));
        assertNull(b.memory(Memories.REFUSED_KEYS).get(key));
    }

    @Test
    void aLimitHoldsOnceOverAllNodes() {
        Rate rate = new Rate(3, Duration.ofMinutes(1));
        String client = unique("exchange 198.51.100.7");
        List<TokenBuckets> nodes = List.of(a.buckets(), b.buckets());
        int granted = 0;
        for (int i = 0; i < 9; i++) {
            granted += nodes.get(i % 2).take(client, rate).isZero() ? 1 : 0;
        }
        assertEquals(3, granted);
        clock.advance(Duration.ofSeconds(20));
        assertTrue(b.buckets().take(client, rate).isZero(), "and refills as one");
    }

    @Test
    void concurrentTakesOnSeveralNodesGrantExactlyThePermits() throws Exception {
        Rate rate = new Rate(20, Duration.ofHours(1));
        String client = unique("login 198.51.100.8");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                TokenBuckets node = i % 2 == 0 ? a.buckets() : b.buckets();
                takes.add(pool.submit(() -> node.take(client, rate).isZero()));
            }
            int granted = 0;
            for (Future<Boolean> take : takes) {
                granted += take.get() ? 1 : 0;
            }
            assertEquals(20, granted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHandOverOrConfirmationWrittenWithoutTheSecretGrantsNothing() {
        String key = unique("refresh-hash");
        SealedValues ours = new SealedValues(HazelcastCluster.SECRET);
        SealedValues rogue = new SealedValues(ROGUE_SECRET);
        String cacheKey = ours.keyOf(Memories.REFRESH_HAND_OVERS.cacheName(), key);
        Instant until = clock.instant().plusSeconds(60);

        cache(Memories.REFRESH_HAND_OVERS).put(cacheKey, "attacker.access.token\nattacker-refresh\n");
        assertNull(a.memory(Memories.REFRESH_HAND_OVERS).get(key), "a value in clear");
        cache(Memories.REFRESH_HAND_OVERS).put(cacheKey, rogue.seal(cacheKey, "attacker.access.token\n\n", until));
        assertNull(a.memory(Memories.REFRESH_HAND_OVERS).get(key), "a value sealed with another secret");

        // A member that copies a real value to another entry moves nothing: each value is bound to its key.
        String victim = unique("victims-refresh-hash");
        a.memory(Memories.REFRESH_HAND_OVERS).put(victim, "victims.access.token\n\n", until);
        String copied = cache(Memories.REFRESH_HAND_OVERS).get(ours.keyOf(Memories.REFRESH_HAND_OVERS.cacheName(), victim));
        cache(Memories.REFRESH_HAND_OVERS).put(cacheKey, copied);
        assertNull(a.memory(Memories.REFRESH_HAND_OVERS).get(key), "a value copied from another key");

        String token = unique("token-hash");
        JCacheStores rogueNode = cluster.node(ROGUE_SECRET, false, clock);
        rogueNode.memory(Memories.CONFIRMATIONS).put(token, "1", until);
        assertNull(a.memory(Memories.CONFIRMATIONS).get(token), "a confirmation by a member without the secret");
    }

    @Test
    void theCacheHoldsNoKeyOrTokenInClear() {
        String key = unique("the-key-hash");
        a.memory(Memories.REFRESH_HAND_OVERS).put(key, "access.token.in.clear\nrefresh-in-clear\n", clock.instant().plusSeconds(60));
        for (Cache.Entry<String, String> entry : cache(Memories.REFRESH_HAND_OVERS)) {
            assertFalse(entry.getKey().contains(key));
            assertFalse(entry.getValue().contains("in-clear") || entry.getValue().contains("in.clear"));
        }
    }

    @Test
    void aBucketOverwrittenWithoutTheSecretDoesNotLiftTheLimitAndRefillsAsAnyOther() {
        Rate rate = new Rate(2, Duration.ofMinutes(1));
        String client = unique("exchange 198.51.100.9");
        a.buckets().take(client, rate);
        a.buckets().take(client, rate);
        assertFalse(b.buckets().take(client, rate).isZero());

        String cacheKey = new SealedValues(HazelcastCluster.SECRET).keyOf(Memories.BUCKETS_CACHE, client);
        Cache<String, String> buckets = cluster.manager().getCache(Memories.BUCKETS_CACHE);
        buckets.put(cacheKey, new SealedValues(ROGUE_SECRET).seal(cacheKey, "2.0:" + clock.millis(), clock.instant().plusSeconds(60)));
        assertFalse(a.buckets().take(client, rate).isZero(), "a full bucket forged by a rogue member");
        buckets.put(cacheKey, "garbage");
        assertFalse(b.buckets().take(client, rate).isZero(), "garbage");

        clock.advance(Duration.ofSeconds(30));
        assertTrue(a.buckets().take(client, rate).isZero(), "a garbled bucket refills from when it was found");
    }
}
