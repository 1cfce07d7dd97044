package dev.portalauth.internal.limits;

import java.time.Duration;
import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/** {@code RATE_LIMITED} by the module's own limit: Kraken was not called; a retry makes sense after {@link #retryAfter()}. */
public final class RateLimitedException extends KrakenException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(LimitedOperation operation, Duration retryAfter) {
        super(AuthErrorCode.RATE_LIMITED, List.of(), operation.configName() + " rate limit reached");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds for {@code Retry-After}, rounded up, at least 1. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
