package dev.portalauth.internal.config;

import java.util.EnumMap;
import java.util.Map;

import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.spi.Rate;

/**
 * The per-client rate limits.
 *
 * @param rateLimits {@code kraken.auth.rate-limit.<operation>} (the configuration reference defaults;
 *        {@code 0}: off): the per-client bucket of each operation
 * @param rateLimitMaxClients {@code kraken.auth.rate-limit.max-clients} (default {@code 50000}, at
 *        least 1): buckets kept in memory before the least recently seen go
 */
public record LimitSettings(Map<LimitedOperation, Rate> rateLimits, int rateLimitMaxClients) {

    public LimitSettings {
        rateLimits = Map.copyOf(rateLimits);
    }

    static LimitSettings read(SettingsReader read) {
        Map<LimitedOperation, Rate> rates = new EnumMap<>(LimitedOperation.class);
        for (LimitedOperation operation : LimitedOperation.values()) {
            rates.put(operation, read.rate("kraken.auth.rate-limit.%s".formatted(operation.configName()),
                    operation.defaultRate()));
        }
        return new LimitSettings(rates, read.positiveInt("kraken.auth.rate-limit.max-clients", 50_000));
    }

    /** The per-client bucket of {@code operation}. */
    public Rate rateLimit(LimitedOperation operation) {
        return rateLimits.get(operation);
    }
}
