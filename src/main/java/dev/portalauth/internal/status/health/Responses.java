package dev.portalauth.internal.status.health;

import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import dev.portalauth.internal.status.ModuleHealth;

final class Responses {

    private Responses() {
    }

    static HealthCheckResponse of(boolean up, Map<String, Object> data) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(ModuleHealth.NAME).status(up);
        data.forEach((key, value) -> {
            if (value instanceof Long number) {
                builder.withData(key, number);
            } else {
                builder.withData(key, String.valueOf(value));
            }
        });
        return builder.build();
    }
}
