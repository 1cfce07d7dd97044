package dev.portalauth.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

/**
 * The start-up check's decision: DOWN until the signing key is loaded and a configured
 * JWKS fetched once, retrying the fetch at most once per interval; UP for good afterwards, whatever
 * Kraken and its JWKS do, since readiness follows it.
 */
class StartupGateSpec {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private boolean keysLoaded = true;
    private boolean jwksReachable;
    private Optional<Instant> fetchedAt = Optional.empty();

    private StartupGate gate(boolean jwksConfigured) {
        return new StartupGate(() -> keysLoaded, jwksConfigured, () -> fetchedAt, () -> {
            attempts.incrementAndGet();
            if (jwksReachable) {
                fetchedAt = Optional.of(clock.instant());
            }
            return jwksReachable;
        }, clock);
    }

    @Test
    void withoutAJwksConfiguredItIsStartedOnceTheSigningKeyIsLoaded() {
        StartupGate gate = gate(false);

        assertTrue(gate.started());
        assertEquals(0, attempts.get(), "nothing to fetch");
    }

    @Test
    void aSigningKeyNotLoadedIsNotStarted() {
        keysLoaded = false;
        jwksReachable = true;

        assertFalse(gate(true).started());
    }

    @Test
    void aConfiguredJwksNeverFetchedIsNotStartedAndIsFetchedAgainWhenAskedAfterTheInterval() {
        StartupGate gate = gate(true);

        assertFalse(gate.started());
        assertFalse(gate.started());
        assertEquals(1, attempts.get(), "a second probe within the interval does not fetch");

        jwksReachable = true;
        clock.advance(StartupGate.RETRY_EVERY);

        assertTrue(gate.started());
        assertEquals(2, attempts.get());
    }

    @Test
    void aJwksFetchedAlready_atStartUpOrForAToken_isStartedWithoutAnotherFetch() {
        fetchedAt = Optional.of(clock.instant());

        assertTrue(gate(true).started());
        assertEquals(0, attempts.get());
    }

    @Test
    void onceStartedItStaysStartedWhenTheJwksOrKrakenFailsLater() {
        jwksReachable = true;
        StartupGate gate = gate(true);
        assertTrue(gate.started());

        jwksReachable = false;
        fetchedAt = Optional.empty();
        clock.advance(StartupGate.RETRY_EVERY.multipliedBy(100));

        assertTrue(gate.started());
        assertEquals(1, attempts.get(), "no fetch once started");
    }
}
