package dev.portalauth.internal.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.portalauth.internal.proxy.IpAddress;
import dev.portalauth.internal.support.RepeatedWarning;
import dev.portalauth.spi.Rate;
import dev.portalauth.spi.TokenBuckets;

/**
 * The per-client limits in front of Kraken: one token per Kraken call a client's request
 * itself makes. Callers take it right before the call, inside any single flight, so a request
 * that joins a call in flight, reuses a cookie or meets a remembered refusal takes none.
 */
public final class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final Map<LimitedOperation, Rate> rates;
    private final TokenBuckets buckets;
    private final Map<LimitedOperation, RepeatedWarning> warnings = new EnumMap<>(LimitedOperation.class);
    private final Consumer<String> refused;

    /** @param refused told the limit's name each time a request is refused (the metrics) */
    public RateLimits(Map<LimitedOperation, Rate> rates, TokenBuckets buckets, Clock clock, Consumer<String> refused) {
        this.rates = new EnumMap<>(rates);
        this.buckets = buckets;
        this.refused = refused;
        for (LimitedOperation operation : LimitedOperation.values()) {
            warnings.put(operation, new RepeatedWarning(LOG, Level.WARNING, LOG_INTERVAL, clock));
        }
    }

    /**
     * Takes a token of {@code operation} for the client at {@code clientAddress}.
     *
     * @throws RateLimitedException when the client's bucket is empty: do not call Kraken
     */
    public void take(LimitedOperation operation, String clientAddress) {
        Rate rate = rates.getOrDefault(operation, Rate.OFF);
        if (rate.isOff()) {
            return;
        }
        Duration wait = buckets.take(operation.configName() + " " + clientKey(clientAddress), rate);
        if (!wait.isZero()) {
            refused.accept(operation.configName());
            warnings.get(operation).log(() -> LimitMessages.REFUSED.format(operation.configName()));
            throw new RateLimitedException(operation, wait);
        }
    }

    /** IPv6 clients count per /64; an address the container wrote in some other way counts as it is. */
    private static String clientKey(String clientAddress) {
        return IpAddress.parse(clientAddress).map(IpAddress::clientKey).orElse(clientAddress);
    }
}
