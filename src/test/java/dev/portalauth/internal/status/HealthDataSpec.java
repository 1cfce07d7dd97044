package dev.portalauth.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.kraken.KrakenEndpoint;
import dev.portalauth.internal.support.CircuitBreaker;

/** What the health checks report beside their status: the JWKS's state and age, each breaker's state, nothing else. */
class HealthDataSpec {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aFetchedJwksIsReportedWithItsAgeInSeconds() {
        Map<String, Object> data = HealthData.of(true, true, Optional.of(NOW.minus(Duration.ofSeconds(90))), NOW,
                endpoint -> CircuitBreaker.State.CLOSED);

        assertEquals("loaded", data.get("signingKey"));
        assertEquals("fetched", data.get("jwks"));
        assertEquals(90L, data.get("jwksAgeSeconds"));
    }

    @Test
    void aJwksNotFetchedYetOrNotConfiguredHasNoAge() {
        Map<String, Object> notYet = HealthData.of(true, true, Optional.empty(), NOW, e -> CircuitBreaker.State.CLOSED);
        Map<String, Object> none = HealthData.of(true, false, Optional.empty(), NOW, e -> CircuitBreaker.State.CLOSED);

        assertEquals("not fetched yet", notYet.get("jwks"));
        assertEquals("not configured", none.get("jwks"));
        assertFalse(notYet.containsKey("jwksAgeSeconds") || none.containsKey("jwksAgeSeconds"));
    }

    @Test
    void everyEndpointsBreakerIsReportedByItsState() {
        Map<String, Object> data = HealthData.of(true, false, Optional.empty(), NOW,
                endpoint -> endpoint == KrakenEndpoint.GRAPHQL_AUTH ? CircuitBreaker.State.OPEN : CircuitBreaker.State.CLOSED);

        assertEquals("OPEN", data.get("breaker.graphql_auth"));
        assertEquals("CLOSED", data.get("breaker.graphql"));
        assertEquals("CLOSED", data.get("breaker.jwks"));
        assertEquals(2 + KrakenEndpoint.values().length, data.size(), "signing key, JWKS, breakers: " + data);
    }
}
