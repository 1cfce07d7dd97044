package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

/**
 * One organisation token serves every request of the server; concurrent first uses make
 * one call, and it is renewed (once) shortly before its {@code exp}, never used past it.
 */
class OrganizationTokenSharingSpec {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final AtomicInteger calls = new AtomicInteger();
    private Duration lifetime = Duration.ofHours(1);
    private final OrganizationTokens tokens = new OrganizationTokens(this::obtain, clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    private OrganizationToken obtain() {
        int n = calls.incrementAndGet();
        return new OrganizationToken("org-token-" + n, clock.instant().plus(lifetime));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void concurrentFirstUsesMakeOneCallAndShareItsToken() throws Exception {
        CountDownLatch krakenAnswers = new CountDownLatch(1);
        OrganizationTokens slow = new OrganizationTokens(() -> {
            await(krakenAnswers);
            return obtain();
        }, clock);
        List<Future<String>> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            requests.add(pool.submit(slow::current));
        }
        Thread.sleep(200); // every request is waiting for the one call
        krakenAnswers.countDown();

        for (Future<String> request : requests) {
            assertEquals("org-token-1", request.get(5, TimeUnit.SECONDS));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void theTokenIsReusedUntilAMinuteBeforeItsExpiry() {
        tokens.current();
        clock.advance(lifetime.minus(OrganizationTokens.RENEW_MARGIN).minusSeconds(1));

        assertEquals("org-token-1", tokens.current());
        assertEquals(1, calls.get());
    }

    @Test
    void aMinuteBeforeItsExpiryTheTokenIsRenewedOnceForEveryone() {
        tokens.current();
        clock.advance(lifetime.minus(OrganizationTokens.RENEW_MARGIN));

        assertEquals("org-token-2", tokens.current());
        assertEquals("org-token-2", tokens.current());
        assertEquals(2, calls.get());
    }

    @Test
    void aShortLivedTokenIsRenewedAtHalfItsLifeSoItIsNeverUsedExpired() {
        lifetime = Duration.ofSeconds(20);
        tokens.current();
        clock.advance(Duration.ofSeconds(9));
        assertEquals("org-token-1", tokens.current());

        clock.advance(Duration.ofSeconds(1));
        assertEquals("org-token-2", tokens.current());
        assertEquals(2, calls.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
