package dev.portalauth.internal.wiring;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.LimitSettings;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.observe.PortalAuthMetrics;
import dev.portalauth.internal.shared.StateStores;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * Builds, once, who a request's client is and the limits its Kraken calls pass: the buckets are
 * the application's {@link TokenBuckets} bean when it has one (a shared store for a cluster), else
 * this server's memory.
 */
@ApplicationScoped
public class LimitBeans {

    private final RateLimits rateLimits;
    private final ClientAddresses clientAddresses;

    @Inject
    LimitBeans(LimitSettings limit, ProxySettings proxy, Instance<TokenBuckets> customBuckets, Clock clock,
               PortalAuthMetrics metrics, StateStores stores) {
        TokenBuckets buckets = Extensions.one(customBuckets, stores::buckets);
        rateLimits = rateLimits(limit, buckets, clock, metrics::rateLimited);
        clientAddresses = new ClientAddresses(proxy.trustedProxies(), proxy.trustedProxiesHeader());
    }

    /** For the container's client proxy only. */
    protected LimitBeans() {
        this.rateLimits = null;
        this.clientAddresses = null;
    }

    /** The configured rate of every operation over {@code buckets}. */
    public static RateLimits rateLimits(LimitSettings limit, TokenBuckets buckets, Clock clock, Consumer<String> refused) {
        Map<LimitedOperation, Rate> rates = new EnumMap<>(LimitedOperation.class);
        for (LimitedOperation operation : LimitedOperation.values()) {
            rates.put(operation, limit.rateLimit(operation));
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
