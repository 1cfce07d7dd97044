package dev.portalauth.internal.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.spi.Rate;

/**
 * Per client and per operation: over the limit a {@code RATE_LIMITED} that says when to retry;
 * IPv6 clients count per /64; the warnings come once per interval with a count and no address.
 */
class RateLimitsTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final List<String> refused = new ArrayList<>();

    private RateLimits limits(String exchange) {
        Map<LimitedOperation, Rate> rates = new EnumMap<>(LimitedOperation.class);
        rates.put(LimitedOperation.EXCHANGE, Rate.parse(exchange).orElseThrow());
        rates.put(LimitedOperation.LOGIN, Rate.parse("1/PT1M").orElseThrow());
        return new RateLimits(rates, new InMemoryTokenBuckets(1000, clock), clock, refused::add);
    }

    @Test
    void every_refusal_is_told_by_the_limits_name_for_the_metrics() {
        RateLimits limits = limits("1/PT1M");
        limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");

        assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.EXCHANGE, "198.51.100.1"));
        assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.EXCHANGE, "198.51.100.1"));

        assertEquals(List.of("exchange", "exchange"), refused);
    }

    @Test
    void over_the_limit_the_client_is_rate_limited_with_the_time_until_the_next_token() {
        RateLimits limits = limits("2/PT1M");
        limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");
        limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> limits.take(LimitedOperation.EXCHANGE, "198.51.100.1"));

        assertEquals(AuthErrorCode.RATE_LIMITED, e.authError().orElseThrow());
        assertEquals(30, e.retryAfterSeconds());
    }

    @Test
    void clients_and_operations_are_counted_apart() {
        RateLimits limits = limits("1/PT1M");
        limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");

        assertDoesNotThrow(() -> limits.take(LimitedOperation.EXCHANGE, "198.51.100.2"));
        assertDoesNotThrow(() -> limits.take(LimitedOperation.LOGIN, "198.51.100.1"));
    }

    @Test
    void ipv6_clients_of_one_slash_64_share_a_bucket() {
        RateLimits limits = limits("1/PT1M");
        limits.take(LimitedOperation.EXCHANGE, "2001:db8:1:2::1");

        assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.EXCHANGE, "2001:db8:1:2:ffff::2"));
        assertDoesNotThrow(() -> limits.take(LimitedOperation.EXCHANGE, "2001:db8:1:3::1"));
    }

    @Test
    void a_limit_turned_off_or_not_configured_never_refuses() {
        RateLimits limits = limits("0");

        for (int i = 0; i < 100; i++) {
            limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");
            limits.take(LimitedOperation.CONFIRM, "198.51.100.1");
        }
    }

    @Test
    void refusals_are_logged_once_per_interval_with_a_count_and_without_the_address() {
        RateLimits limits = limits("1/PT1M");
        try (CapturedLog log = CapturedLog.of(RateLimits.class)) {
            limits.take(LimitedOperation.LOGIN, "198.51.100.1");
            for (int i = 0; i < 50; i++) {
                assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.LOGIN, "198.51.100.1"));
            }
            limits.take(LimitedOperation.EXCHANGE, "198.51.100.1");
            assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.EXCHANGE, "198.51.100.1"));
            clock.advance(Duration.ofMinutes(2));
            limits.take(LimitedOperation.LOGIN, "198.51.100.1");
            assertThrows(RateLimitedException.class, () -> limits.take(LimitedOperation.LOGIN, "198.51.100.1"));

            assertEquals(List.of(
                    "KPA-LIMIT-001 a request was refused by the login rate limit",
                    "KPA-LIMIT-001 a request was refused by the exchange rate limit",
                    "KPA-LIMIT-001 a request was refused by the login rate limit [49 more like this since the last line]"),
                    log.records().stream().map(r -> r.getMessage()).toList());
            assertFalse(log.text().contains("198.51.100"), log.text());
        }
    }
}
