package dev.portalauth.internal.status.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

import dev.portalauth.internal.status.ModuleHealth;

/** {@code /health/started}: DOWN until the signing key is loaded and the JWKS fetched once. */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    private final ModuleHealth health;

    @Inject
    StartedCheck(ModuleHealth health) {
        this.health = health;
    }

    /** For the container's client proxy only. */
    protected StartedCheck() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        return Responses.of(health.started(), health.data());
    }
}
