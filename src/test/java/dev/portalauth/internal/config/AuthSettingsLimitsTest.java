package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.proxy.IpAddress;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.spi.Rate;

/** The keys for rate limits, refused-key memory and trusted proxies: defaults, values, and refusals naming the key. */
class AuthSettingsLimitsTest {

    private static AuthSettings settings(String... keysAndValues) {
        return AuthSettings.from(MapConfig.withEndpointAnd(keysAndValues));
    }

    private static String refusal(String key, String value) {
        return assertThrows(InvalidSettingException.class, () -> settings(key, value)).getMessage();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"EXCHANGE, 20/PT1M", "LOGIN, 10/PT1M", "MASQUERADE, 10/PT1M", "REFRESH, 60/PT1M", "CONFIRM, 20/PT1M",
        "OAUTH, 20/PT1M"})
    void every_operation_has_its_default_rate(LimitedOperation operation, String rate) {
        assertEquals(rate, settings().limits().rateLimit(operation).toString());
    }

    @Test
    void the_other_defaults_remember_refused_keys_a_minute_and_trust_no_proxy() {
        AuthSettings settings = settings();

        assertEquals(Duration.ofMinutes(1), settings.anonKeys().refusedKeyMemory());
        assertTrue(settings.proxy().trustedProxies().isEmpty());
        assertEquals(ProxyHeader.X_FORWARDED_FOR, settings.proxy().trustedProxiesHeader());
        assertEquals(50_000, settings.limits().rateLimitMaxClients());
    }

    @Test
    void configured_values_are_read() {
        AuthSettings settings = settings(
                "kraken.auth.rate-limit.exchange", "3/PT10S",
                "kraken.auth.rate-limit.oauth", "0",
                "kraken.auth.rate-limit.max-clients", "100",
                "kraken.auth.anon.refused-key-memory", "PT5M",
                "kraken.auth.trusted-proxies", "10.0.0.0/8, 2001:db8::/32 , 192.0.2.7",
                "kraken.auth.trusted-proxies.header", "forwarded");

        assertEquals(new Rate(3, Duration.ofSeconds(10)), settings.limits().rateLimit(LimitedOperation.EXCHANGE));
        assertTrue(settings.limits().rateLimit(LimitedOperation.OAUTH).isOff());
        assertEquals(100, settings.limits().rateLimitMaxClients());
        assertEquals(Duration.ofMinutes(5), settings.anonKeys().refusedKeyMemory());
        assertTrue(settings.proxy().trustedProxies().contains(IpAddress.parse("10.1.2.3").orElseThrow()));
        assertTrue(settings.proxy().trustedProxies().contains(IpAddress.parse("2001:db8:5::1").orElseThrow()));
        assertTrue(settings.proxy().trustedProxies().contains(IpAddress.parse("192.0.2.7").orElseThrow()));
        assertFalse(settings.proxy().trustedProxies().contains(IpAddress.parse("192.0.2.8").orElseThrow()));
        assertEquals(ProxyHeader.FORWARDED, settings.proxy().trustedProxiesHeader());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"20", "20/", "/PT1M", "-1/PT1M", "0/PT1M", "20/PT0S", "20/PT0.5S", "20/1m", "x/PT1M",
        "20 per minute", "99999999999/PT1M"})
    void a_rate_that_is_not_n_per_period_stops_deployment_naming_its_key(String value) {
        assertEquals("KPA-CONFIG-001 kraken.auth.rate-limit.login: must be N/PERIOD such as 20/PT1M (N at least 1, "
                + "an ISO-8601 period of at least PT1S), or 0 to turn the limit off",
                refusal("kraken.auth.rate-limit.login", value));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "10.0.0.0/8, 0.0.0.0/0", "::1, ::/0"})
    void a_range_that_trusts_every_address_stops_deployment(String value) {
        assertTrue(refusal("kraken.auth.trusted-proxies", value).startsWith(
                "KPA-CONFIG-001 kraken.auth.trusted-proxies: entry "), value);
        assertTrue(refusal("kraken.auth.trusted-proxies", value).contains("trusts every address"), value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/8; 10.1.0.0/16", "*", "10.0.0.0/8,lb.example"})
    void an_entry_that_is_no_address_or_range_stops_deployment_without_repeating_it(String value) {
        String message = refusal("kraken.auth.trusted-proxies", value);

        assertTrue(message.startsWith("KPA-CONFIG-001 kraken.auth.trusted-proxies: entry "), message);
        assertTrue(message.endsWith("must be an IPv4 or IPv6 address or CIDR range such as 10.0.0.0/8 "
                + "(literals only, no host names)"), message);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"X-Real-IP", "X-Forwarded-For, Forwarded", "True-Client-IP"})
    void a_header_other_than_the_two_stops_deployment(String value) {
        assertEquals("KPA-CONFIG-001 kraken.auth.trusted-proxies.header: must be X-Forwarded-For or Forwarded",
                refusal("kraken.auth.trusted-proxies.header", value));
    }

    @Test
    void a_refused_key_memory_must_be_a_positive_duration() {
        assertEquals("KPA-CONFIG-001 kraken.auth.anon.refused-key-memory: must be a positive ISO-8601 duration "
                + "such as PT2S or P30D", refusal("kraken.auth.anon.refused-key-memory", "PT0S"));
    }
}
