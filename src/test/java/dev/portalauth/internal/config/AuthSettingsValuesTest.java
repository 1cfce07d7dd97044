package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthSettingsValuesTest {

    @Test
    void the_auth_endpoint_and_jwks_uri_are_read_when_set() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.graphql-auth-endpoint", "http://localhost:9000/auth/graphql/",
                "kraken.jwks-uri", "https://auth.example/.well-known/jwks.json"));
        assertEquals(URI.create("http://localhost:9000/auth/graphql/"), settings.kraken().authEndpoint());
        assertEquals(Optional.of(URI.create("https://auth.example/.well-known/jwks.json")), settings.kraken().jwksUri());
    }

    @Test
    void comma_lists_are_trimmed_and_empty_entries_dropped() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.auth.routes.anon.pathname", " /anon , ,/feedback/ ",
                "kraken.auth.routes.anon.allow-list", "/anon/help,, /anon/*/static/**"));
        assertEquals(List.of("/anon", "/feedback"), settings.routes().anonPathnames().all());
        assertEquals(List.of("/anon/help", "/anon/*/static/**"), settings.routes().anonAllowList().patterns());
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"strict,STRICT", "LAX,LAX", "None,NONE", " none ,NONE"})
    void same_site_is_read_in_any_letter_case(String value, SameSite expected) {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.cookie.same-site", value));
        assertEquals(expected, settings.cookies().sameSite());
    }

    @Test
    void same_site_none_forces_secure_cookies_even_when_secure_is_off() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.auth.cookie.same-site", "none",
                "kraken.auth.cookie.secure", "false"));
        assertEquals("None", settings.cookies().sameSite().attributeValue());
        assertTrue(settings.cookies().cookieSecure());
    }

    @Test
    void secure_can_be_turned_off_for_plain_http_development_with_lax_cookies() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.cookie.secure", "false"));
        assertFalse(settings.cookies().cookieSecure());
    }

    @Test
    void every_tuning_value_is_read_when_set() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.connect-timeout", "PT0.5S",
                "kraken.read-timeout", "PT10S",
                "kraken.auth.guest.lifetime", "P30D",
                "kraken.auth.refresh-margin", "PT1M",
                "kraken.auth.token-cache.max-entries", "50",
                "kraken.auth.anon.key-max-length", "128",
                "kraken.auth.guest.enabled", "FALSE",
                "kraken.auth.cookie.domain", ".example.com",
                "kraken.auth.guest.cookie-name", "__Secure-guest",
                "kraken.auth.guest.key-id", "guest-2025",
                "kraken.auth.guest.signing-key-location", "classpath:keys/guest.pem"));
        assertEquals(Duration.ofMillis(500), settings.kraken().connectTimeout());
        assertEquals(Duration.ofSeconds(10), settings.kraken().readTimeout());
        assertEquals(Duration.ofDays(30), settings.guest().guestLifetime());
        assertEquals(Duration.ofMinutes(1), settings.tokens().refreshMargin());
        assertEquals(50, settings.tokens().tokenCacheMaxEntries());
        assertEquals(128, settings.anonKeys().keyMaxLength());
        assertFalse(settings.guest().guestEnabled());
        assertEquals(Optional.of(".example.com"), settings.cookies().cookieDomain());
        assertEquals("__Secure-guest", settings.guest().guestCookieName());
        assertEquals(Optional.of("guest-2025"), settings.signingKeys().keyId());
        assertEquals(Optional.of("classpath:keys/guest.pem"), settings.signingKeys().signingKeyLocation());
    }

    @Test
    void secrets_are_available_to_the_code_that_needs_them() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.x-client-ip-secret-key", "s3cr3t",
                "kraken.auth.guest.signing-key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
        assertEquals(Optional.of("s3cr3t"), settings.kraken().clientIpSecret());
        assertTrue(settings.signingKeys().signingKey().orElseThrow().startsWith("-----BEGIN PRIVATE KEY-----"));
    }
}
