package dev.portalauth.internal.config;

import java.time.Duration;

/**
 * The breakers and bulkheads in front of Kraken.
 *
 * @param breakerFailureRatio {@code kraken.breaker.failure-ratio} (default {@code 0.5}, in (0, 1]):
 *        failed share of the last calls that opens a breaker
 * @param breakerRequestVolume {@code kraken.breaker.request-volume} (default {@code 10}): how many last
 *        calls per Kraken endpoint are weighed
 * @param breakerDelay {@code kraken.breaker.delay} (default {@code PT10S}): how long an open breaker
 *        fails calls at once
 * @param bulkheadAnonymous {@code kraken.bulkhead.anonymous} (default {@code 16}): Kraken calls in
 *        flight that anonymous visitors can cause
 * @param bulkheadSession {@code kraken.bulkhead.session} (default {@code 32}): Kraken calls in flight
 *        made for sessions
 * @param bulkheadPublic {@code kraken.bulkhead.public} (default {@code 16}): Kraken calls in flight made
 *        for visitors without a session (the organisation client, {@code KrakenClient} with no session)
 */
public record FaultToleranceSettings(double breakerFailureRatio, int breakerRequestVolume, Duration breakerDelay,
        int bulkheadAnonymous, int bulkheadSession, int bulkheadPublic) {

    static FaultToleranceSettings read(SettingsReader read) {
        return new FaultToleranceSettings(
                read.ratio("kraken.breaker.failure-ratio", 0.5),
                read.positiveInt("kraken.breaker.request-volume", 10),
                read.positiveDuration("kraken.breaker.delay", Duration.ofSeconds(10)),
                read.positiveInt("kraken.bulkhead.anonymous", 16),
                read.positiveInt("kraken.bulkhead.session", 32),
                read.positiveInt("kraken.bulkhead.public", 16));
    }
}
