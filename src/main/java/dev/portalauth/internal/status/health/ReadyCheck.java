package dev.portalauth.internal.status.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.portalauth.internal.status.ModuleHealth;

/** {@code /health/ready}: follows start-up, never Kraken afterwards. */
@Readiness
@ApplicationScoped
public class ReadyCheck implements HealthCheck {

    private final ModuleHealth health;

    @Inject
    ReadyCheck(ModuleHealth health) {
        this.health = health;
    }

    /** For the container's client proxy only. */
    protected ReadyCheck() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        return Responses.of(health.ready(), health.data());
    }
}
