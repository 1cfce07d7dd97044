package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kraken.breaker.*} and {@code kraken.bulkhead.*}: the documented defaults, read when set, nonsense stops deployment. */
class AuthSettingsFaultToleranceTest {

    @Test
    void unsetTheyTakeTheSpecDefaults() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());
        assertAll(
                () -> assertEquals(0.5, settings.faultTolerance().breakerFailureRatio()),
                () -> assertEquals(10, settings.faultTolerance().breakerRequestVolume()),
                () -> assertEquals(Duration.ofSeconds(10), settings.faultTolerance().breakerDelay()),
                () -> assertEquals(16, settings.faultTolerance().bulkheadAnonymous()),
                () -> assertEquals(32, settings.faultTolerance().bulkheadSession()));
    }

    @Test
    void setTheyAreRead() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.breaker.failure-ratio", "1",
                "kraken.breaker.request-volume", "4",
                "kraken.breaker.delay", "PT1M",
                "kraken.bulkhead.anonymous", "2",
                "kraken.bulkhead.session", "3"));
        assertAll(
                () -> assertEquals(1.0, settings.faultTolerance().breakerFailureRatio()),
                () -> assertEquals(4, settings.faultTolerance().breakerRequestVolume()),
                () -> assertEquals(Duration.ofMinutes(1), settings.faultTolerance().breakerDelay()),
                () -> assertEquals(2, settings.faultTolerance().bulkheadAnonymous()),
                () -> assertEquals(3, settings.faultTolerance().bulkheadSession()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "kraken.breaker.failure-ratio|0",
            "kraken.breaker.failure-ratio|-0.5",
            "kraken.breaker.failure-ratio|1.01",
            "kraken.breaker.failure-ratio|50%",
            "kraken.breaker.failure-ratio|NaN",
            "kraken.breaker.request-volume|0",
            "kraken.breaker.request-volume|ten",
            "kraken.breaker.delay|10s",
            "kraken.breaker.delay|PT0S",
            "kraken.breaker.delay|-PT10S",
            "kraken.bulkhead.anonymous|0",
            "kraken.bulkhead.anonymous|-1",
            "kraken.bulkhead.session|1.5",
    })
    void anInvalidValueStopsDeploymentNamingItsKey(String key, String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(key, value)));
        assertTrue(e.getMessage().startsWith("KPA-CONFIG-001 " + key + ": "), e.getMessage());
        assertEquals(List.of(key), List.copyOf(e.problems().keySet()));
    }
}
