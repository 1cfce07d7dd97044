package dev.portalauth.internal.status;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.portalauth.internal.kraken.KrakenCaller;
import dev.portalauth.internal.kraken.KrakenEndpoint;
import dev.portalauth.internal.kraken.KrakenProtections;
import dev.portalauth.internal.observe.PortalAuthMetrics;
import dev.portalauth.internal.support.CircuitBreaker;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.internal.token.ModuleTokens;

/** Registers, at start-up, the gauges read from the module's parts: breakers, bulkheads, the JWKS, caches. */
@ApplicationScoped
public class ModuleGauges {

    static final String BREAKER_STATE = "kpa_kraken_breaker_state";
    static final String BULKHEAD_REJECTIONS = "kpa_kraken_bulkhead_rejections";
    static final String JWKS_AGE = "kpa_jwks_age_seconds";
    static final String CACHE_ENTRIES = "kpa_cache_entries";

    private final PortalAuthMetrics metrics;
    private final KrakenProtections protections;
    private final KrakenTokenVerifier krakenTokens;
    private final ModuleTokens moduleTokens;
    private final Clock clock = Clock.systemUTC();

    @Inject
    ModuleGauges(PortalAuthMetrics metrics, KrakenProtections protections, KrakenTokenVerifier krakenTokens,
            ModuleTokens moduleTokens) {
        this.metrics = metrics;
        this.protections = protections;
        this.krakenTokens = krakenTokens;
        this.moduleTokens = moduleTokens;
    }

    /** For the container's client proxy only. */
    protected ModuleGauges() {
        this(null, null, null, null);
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (KrakenEndpoint endpoint : KrakenEndpoint.values()) {
            metrics.gauge(BREAKER_STATE, "endpoint", HealthData.tag(endpoint), () -> code(protections.state(endpoint)));
        }
        for (KrakenCaller caller : KrakenCaller.values()) {
            metrics.gauge(BULKHEAD_REJECTIONS, "caller", HealthData.tag(caller), () -> protections.bulkheadRejections(caller));
        }
        metrics.gauge(JWKS_AGE, null, null, () -> krakenTokens.jwksFetchedAt()
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds()))
                .orElse(-1L));
        metrics.gauge(CACHE_ENTRIES, "cache", "kraken_tokens", krakenTokens::cachedTokens);
        metrics.gauge(CACHE_ENTRIES, "cache", "module_tokens", moduleTokens::cachedTokens);
    }

    /** 0 closed, 1 half open (one probe out), 2 open: larger is worse, so alerts can use {@code > 0}. */
    static int code(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }
}
