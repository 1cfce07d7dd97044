package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.CallProtection;
import dev.portalauth.internal.support.MutableClock;

/**
 * Keys already fetched keep verifying while the JWKS endpoint fails (for
 * {@link RemoteJwks#OUTAGE_TOLERANCE}, at least an hour), a token whose key cannot be had is
 * undecided rather than refused, the JWKS is fetched at start-up without ever throwing, retried
 * later, fetched behind its breaker, and its age is known.
 */
class KrakenTokenVerifierJwksOutageTest {

    /** Short, so that a test outlives the cache; the outage tolerance is an hour or more. */
    private static final Duration CACHE = Duration.ofMillis(150);

    private final MutableClock clock = MutableClock.atSystemTime();
    private final JwksServer server = new JwksServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theOutageToleranceIsAtLeastAnHour() {
        assertTrue(RemoteJwks.OUTAGE_TOLERANCE.compareTo(Duration.ofHours(1)) >= 0);
    }

    @Test
    void keysFetchedBeforeAnOutageKeepVerifyingOnceTheCacheExpired() throws Exception {
        KrakenTokenVerifier verifier = verifier(RemoteJwks.OUTAGE_TOLERANCE, CallProtection.NONE);
        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));

        server.status.set(503);
        Thread.sleep(CACHE.toMillis() * 2);

        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).subject("2").build())));
        assertEquals(2, server.fetches.get(), "the JWKS was asked again, and failed");
    }

    @Test
    void pastTheOutageToleranceTokensAreUndecided() throws Exception {
        KrakenTokenVerifier verifier = verifier(Duration.ofMillis(300), CallProtection.NONE);
        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));

        server.status.set(503);
        Thread.sleep(600);

        assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).subject("2").build())));
    }

    @Test
    void aTokenWithAKeyIdUnknownDuringAnOutageIsUndecidedNotRefused() throws Exception {
        KrakenTokenVerifier verifier = verifier(RemoteJwks.OUTAGE_TOLERANCE, CallProtection.NONE);
        assertTrue(verifier.fetchJwks());
        server.status.set(503);

        String rotated = KrakenIssuer.rs256WithKid(KrakenIssuer.claims(clock).build(), "published-during-the-outage");

        assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, rotated), "Kraken may have published it since");
    }

    @Test
    void aTokenWithAKeyIdTheReachableJwksLacksIsRefused() throws Exception {
        KrakenTokenVerifier verifier = verifier(RemoteJwks.OUTAGE_TOLERANCE, CallProtection.NONE);
        assertTrue(verifier.fetchJwks());

        String unknown = KrakenIssuer.rs256WithKid(KrakenIssuer.claims(clock).build(), "never-published");

        assertEquals(Verdict.REFUSED, JwksServer.signature(verifier, unknown));
    }

    @Test
    void theJwksFetchedAtStartUpIsOneFetchAndItsTimeIsKnown() throws Exception {
        KrakenTokenVerifier verifier = verifier(RemoteJwks.CACHE_TIME_TO_LIVE, RemoteJwks.OUTAGE_TOLERANCE, CallProtection.NONE);
        assertEquals(Optional.empty(), verifier.jwksFetchedAt());

        assertTrue(verifier.fetchJwks());

        assertEquals(Optional.of(clock.instant()), verifier.jwksFetchedAt());
        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));
        assertEquals(1, server.fetches.get());
    }

    @Test
    void aJwksUnreachableAtStartUpWarnsWithoutThrowingAndIsFetchedWhenATokenNeedsIt() throws Exception {
        server.status.set(503);
        KrakenTokenVerifier verifier = verifier(RemoteJwks.OUTAGE_TOLERANCE, CallProtection.NONE);

        try (CapturedLog log = CapturedLog.of(KrakenTokenVerifier.class)) {
            assertFalse(verifier.fetchJwks());
            assertTrue(log.text().startsWith("KPA-TOKEN-007 "), log.text());
        }
        server.status.set(200);

        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));
    }

    @Test
    void aBreakerThatRefusesMeansNoFetchAtAll() throws Exception {
        CallProtection open = new CallProtection() {
            @Override
            public <T> T call(String operation, Supplier<T> call) {
                throw new IllegalStateException("breaker open");
            }
        };
        KrakenTokenVerifier verifier = verifier(RemoteJwks.OUTAGE_TOLERANCE, open);

        assertFalse(verifier.fetchJwks());
        assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));
        assertEquals(0, server.fetches.get());
    }

    private KrakenTokenVerifier verifier(Duration outageTolerance, CallProtection breaker) throws Exception {
        return verifier(CACHE, outageTolerance, breaker);
    }

    private KrakenTokenVerifier verifier(Duration cache, Duration outageTolerance, CallProtection breaker) throws Exception {
        URL url = server.uri().toURL();
        RemoteJwks jwks = new RemoteJwks(url, Duration.ofSeconds(1), Duration.ofSeconds(1), cache, outageTolerance,
                breaker, clock);
        return new KrakenTokenVerifier(Optional.of(jwks), 100, clock);
    }

}
