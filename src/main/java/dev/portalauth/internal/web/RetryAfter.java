package dev.portalauth.internal.web;

import dev.portalauth.KrakenException;
import dev.portalauth.internal.limits.RateLimitedException;

/** The {@code Retry-After} seconds of a {@code RATE_LIMITED} JSON answer. */
final class RetryAfter {

    private static final long KRAKEN_RETRY_AFTER_SECONDS = 60;

    private RetryAfter() {
    }

    /**
     * The module's own limit knows when a token is back; Kraken's own {@code KT-CT-1199} says
     * nothing, so a client is asked to wait a minute, Kraken's usual window.
     */
    static long seconds(KrakenException e) {
        return e instanceof RateLimitedException limited ? limited.retryAfterSeconds() : KRAKEN_RETRY_AFTER_SECONDS;
    }
}
