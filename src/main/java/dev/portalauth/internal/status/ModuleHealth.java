package dev.portalauth.internal.status;

import java.time.Clock;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.kraken.KrakenProtections;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.internal.token.CurrentKeys;

/**
 * The module's health, for the checks of servers with MicroProfile Health
 * ({@code status.health}): started and ready are the same answer ({@link StartupGate}); liveness is
 * the JVM's, so there is no liveness check.
 */
@ApplicationScoped
public class ModuleHealth {

    /** The checks' name in {@code /health} output. */
    public static final String NAME = "kraken-portal-auth";

    @Inject
    AuthSettings settings;
    @Inject
    KrakenTokenVerifier krakenTokens;
    @Inject
    CurrentKeys moduleKeys;
    @Inject
    KrakenProtections protections;

    private final Clock clock = Clock.systemUTC();
    private StartupGate gate;

    @PostConstruct
    void build() {
        gate = new StartupGate(this::keysLoaded, settings.jwksUri().isPresent(), krakenTokens::jwksFetchedAt,
                krakenTokens::fetchJwks, clock);
    }

    public boolean started() {
        return gate.started();
    }

    /** Follows start-up only: never Kraken's state afterwards. */
    public boolean ready() {
        return gate.started();
    }

    public Map<String, Object> data() {
        return HealthData.of(keysLoaded(), settings.jwksUri().isPresent(), krakenTokens.jwksFetchedAt(),
                clock.instant(), protections::state);
    }

    private boolean keysLoaded() {
        return moduleKeys.current().signer() != null;
    }
}
