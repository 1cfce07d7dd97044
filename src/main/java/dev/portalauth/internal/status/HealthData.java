package dev.portalauth.internal.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.portalauth.internal.kraken.KrakenEndpoint;
import dev.portalauth.internal.support.CircuitBreaker;

/**
 * What the health checks report beside UP or DOWN: the JWKS's state and age and each Kraken
 * endpoint's breaker. Names and states only: no URI, key, token or address.
 */
public final class HealthData {

    private HealthData() {
    }

    /** Values are {@code String} or {@code Long}, as MicroProfile Health data takes them. */
    public static Map<String, Object> of(boolean keysLoaded, boolean jwksConfigured, Optional<Instant> jwksFetchedAt,
                                         Instant now, Function<KrakenEndpoint, CircuitBreaker.State> breakers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signingKey", keysLoaded ? "loaded" : "not loaded");
        if (!jwksConfigured) {
            data.put("jwks", "not configured");
        } else if (jwksFetchedAt.isEmpty()) {
            data.put("jwks", "not fetched yet");
        } else {
            data.put("jwks", "fetched");
            data.put("jwksAgeSeconds", Math.max(0, Duration.between(jwksFetchedAt.get(), now).toSeconds()));
        }
        for (KrakenEndpoint endpoint : KrakenEndpoint.values()) {
            data.put("breaker." + tag(endpoint), breakers.apply(endpoint).name());
        }
        return data;
    }

    static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
