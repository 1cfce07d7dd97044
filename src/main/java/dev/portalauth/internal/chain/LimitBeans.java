package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.observe.PortalAuthMetrics;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.shared.StateStores;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * Builds, once, who a request's client is and the limits its Kraken calls pass: the buckets are
 * the application's {@link TokenBuckets} bean when it has one (a store of its own), else the
 * module's: this server's memory, or shared by every node ({@code kraken.auth.shared-state}).
 */
@ApplicationScoped
public class LimitBeans {

    @Inject
    AuthSettings settings;
    @Inject
    Instance<TokenBuckets> customBuckets;
    @Inject
    Clock clock;
    @Inject
    PortalAuthMetrics metrics;
    @Inject
    StateStores stores;

    private RateLimits rateLimits;
    private ClientAddresses clientAddresses;

    @PostConstruct
    void build() {
        TokenBuckets buckets = Extensions.one(customBuckets, stores::buckets);
        rateLimits = rateLimits(settings, buckets, clock, metrics::rateLimited);
        clientAddresses = new ClientAddresses(settings.trustedProxies(), settings.trustedProxiesHeader());
    }

    /** The configured rate of every operation over {@code buckets}. */
    static RateLimits rateLimits(AuthSettings settings, TokenBuckets buckets, Clock clock, Consumer<String> refused) {
        Map<LimitedOperation, Rate> rates = new EnumMap<>(LimitedOperation.class);
        for (LimitedOperation operation : LimitedOperation.values()) {
            rates.put(operation, settings.rateLimit(operation));
        }
        return new RateLimits(rates, buckets, clock, refused);
    }

    @Produces
    RateLimits rateLimits() {
        return rateLimits;
    }

    @Produces
    ClientAddresses clientAddresses() {
        return clientAddresses;
    }
}
