package dev.portalauth.internal.status;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.KrakenSettings;
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

    private final Clock clock = Clock.systemUTC();
    private final boolean jwksConfigured;
    private final KrakenTokenVerifier krakenTokens;
    private final CurrentKeys moduleKeys;
    private final KrakenProtections protections;
    private final StartupGate gate;

    @Inject
    ModuleHealth(KrakenSettings kraken, KrakenTokenVerifier krakenTokens, CurrentKeys moduleKeys, KrakenProtections protections) {
        this.jwksConfigured = kraken.jwksUri().isPresent();
        this.krakenTokens = krakenTokens;
        this.moduleKeys = moduleKeys;
        this.protections = protections;
        this.gate = new StartupGate(this::keysLoaded, jwksConfigured, krakenTokens::jwksFetchedAt,
                krakenTokens::fetchJwks, clock);
    }

    /** For the container's client proxy only. */
    protected ModuleHealth() {
        this.jwksConfigured = false;
        this.krakenTokens = null;
        this.moduleKeys = null;
        this.protections = null;
        this.gate = null;
    }

    public boolean started() {
        return gate.started();
    }

    /** Follows start-up only: never Kraken's state afterwards. */
    public boolean ready() {
        return gate.started();
    }

    public Map<String, Object> data() {
        return HealthData.of(keysLoaded(), jwksConfigured, krakenTokens.jwksFetchedAt(),
                clock.instant(), protections::state);
    }

    private boolean keysLoaded() {
        return moduleKeys.current().signer() != null;
    }
}
