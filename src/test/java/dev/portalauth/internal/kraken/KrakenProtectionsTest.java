package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.CircuitBreaker.State;
import dev.portalauth.internal.support.MutableClock;

/**
 * The fault rules in front of every Kraken call: a breaker per endpoint that counts only unavailability and
 * fails calls at once while open, a bulkhead per kind of caller that refuses at once when full.
 */
class KrakenProtectionsTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final KrakenProtections protections = new KrakenProtections(AuthSettings.from(MapConfig.withEndpointAnd(
            "kraken.bulkhead.anonymous", "2", "kraken.bulkhead.session", "1", "kraken.bulkhead.public", "2")).faultTolerance(), clock);
    private final AtomicInteger networkCalls = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void tenUnavailableCallsOpenTheEndpointsBreakerAndTheNextFailsWithoutACall() {
        failTimes(KrakenEndpoint.GRAPHQL_AUTH, 10);
        networkCalls.set(0);

        KrakenException e = assertThrows(KrakenException.class, () -> succeed(KrakenEndpoint.GRAPHQL_AUTH));

        assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE), e.authError());
        assertEquals(0, networkCalls.get());
        assertEquals(State.OPEN, protections.state(KrakenEndpoint.GRAPHQL_AUTH));
    }

    @Test
    void callsThatReturnAreSuccessesWhateverKrakenAnswered() {
        for (int i = 0; i < 20; i++) {
            succeed(KrakenEndpoint.GRAPHQL_AUTH); // a KT-CT-1199 refusal is an answer: the transport returns it
        }
        failTimes(KrakenEndpoint.GRAPHQL_AUTH, 4);

        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.GRAPHQL_AUTH));
    }

    @Test
    void anAnswerKrakenRefusedWithA4xxIsASuccessForTheBreaker() {
        for (int i = 0; i < 20; i++) {
            assertThrows(KrakenAnswered.class, () -> protections.call(KrakenEndpoint.GRAPHQL_AUTH, KrakenCaller.ANONYMOUS,
                    "op", () -> {
                        throw new KrakenAnswered(AuthErrorCode.RATE_LIMITED, "HTTP 429");
                    }));
        }
        failTimes(KrakenEndpoint.GRAPHQL_AUTH, 4);

        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.GRAPHQL_AUTH));
    }

    @Test
    void eachEndpointHasItsOwnBreaker() {
        failTimes(KrakenEndpoint.GRAPHQL_AUTH, 10);

        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.GRAPHQL));
        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.JWKS));
        assertEquals("ok", succeed(KrakenEndpoint.GRAPHQL));
    }

    @Test
    void afterTheDelayOneProbeGoesOutAndItsSuccessClosesTheBreaker() {
        failTimes(KrakenEndpoint.GRAPHQL, 10);
        clock.advance(Duration.ofSeconds(10));

        assertEquals("ok", succeed(KrakenEndpoint.GRAPHQL));

        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.GRAPHQL));
    }

    @Test
    void aFullBulkheadRefusesAtOnceWithoutACall() throws Exception {
        CountDownLatch release = holdInFlight(KrakenCaller.ANONYMOUS, 2);
        networkCalls.set(0);
        try {
            KrakenException e = assertThrows(KrakenException.class,
                    () -> protections.call(KrakenEndpoint.GRAPHQL_AUTH, KrakenCaller.ANONYMOUS, "op", this::network));

            assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE), e.authError());
            assertEquals(0, networkCalls.get());
            assertEquals(1, protections.bulkheadRejections(KrakenCaller.ANONYMOUS));
        } finally {
            release.countDown();
        }
    }

    @Test
    void anonymousCallsFillingTheirBulkheadLeaveSessionsTheirs() throws Exception {
        CountDownLatch release = holdInFlight(KrakenCaller.ANONYMOUS, 2);
        try {
            assertEquals("ok", protections.call(KrakenEndpoint.GRAPHQL_AUTH, KrakenCaller.SESSION, "refresh", this::network));
        } finally {
            release.countDown();
        }
    }

    @Test
    void publicCallsFillingTheirBulkheadLeaveSessionsTheirs() throws Exception {
        CountDownLatch release = holdInFlight(KrakenCaller.PUBLIC, 2);
        try {
            assertThrows(KrakenException.class,
                    () -> protections.call(KrakenEndpoint.GRAPHQL, KrakenCaller.PUBLIC, "organisation query", this::network));
            assertEquals(1, protections.bulkheadRejections(KrakenCaller.PUBLIC));
            assertEquals("ok", protections.call(KrakenEndpoint.GRAPHQL_AUTH, KrakenCaller.SESSION, "refresh", this::network));
            assertEquals(0, protections.bulkheadRejections(KrakenCaller.SESSION));
        } finally {
            release.countDown();
        }
    }

    @Test
    void bulkheadRefusalsNeverCountAgainstTheBreaker() throws Exception {
        CountDownLatch release = holdInFlight(KrakenCaller.SESSION, 1);
        try {
            for (int i = 0; i < 20; i++) {
                assertThrows(KrakenException.class,
                        () -> protections.call(KrakenEndpoint.GRAPHQL, KrakenCaller.SESSION, "query", this::network));
            }
        } finally {
            release.countDown();
        }
        assertEquals(State.CLOSED, protections.state(KrakenEndpoint.GRAPHQL));
    }

    @Test
    void aFloodAgainstAnOpenBreakerLogsOneLine() {
        failTimes(KrakenEndpoint.GRAPHQL_AUTH, 10);
        try (CapturedLog log = CapturedLog.of(KrakenProtections.class)) {
            for (int i = 0; i < 500; i++) {
                assertThrows(KrakenException.class, () -> succeed(KrakenEndpoint.GRAPHQL_AUTH));
            }

            List<String> lines = log.text().lines().toList();
            assertEquals(1, lines.size(), log.text());
            assertTrue(lines.get(0).startsWith("KPA-KRAKEN-004 "), log.text());
            assertEquals(Level.WARNING, log.records().get(0).getLevel());
        }
    }

    private String network() {
        networkCalls.incrementAndGet();
        return "ok";
    }

    private String succeed(KrakenEndpoint endpoint) {
        return protections.call(endpoint, KrakenCaller.SESSION, "op", this::network);
    }

    private void failTimes(KrakenEndpoint endpoint, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(KrakenException.class, () -> protections.call(endpoint, KrakenCaller.SESSION, "op", () -> {
                networkCalls.incrementAndGet();
                throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "timeout");
            }));
        }
    }

    /** {@code count} calls of {@code caller} held in flight until the returned latch is released. */
    private CountDownLatch holdInFlight(KrakenCaller caller, int count) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inFlight = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            pool.submit(() -> protections.call(KrakenEndpoint.GRAPHQL_AUTH, caller, "hanging", () -> {
                inFlight.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        assertTrue(inFlight.await(5, TimeUnit.SECONDS));
        return release;
    }
}
