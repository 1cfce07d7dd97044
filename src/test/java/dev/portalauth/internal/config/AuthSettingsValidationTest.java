package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthSettingsValidationTest {

    private static InvalidSettingException rejected(MapConfig config) {
        return assertThrows(InvalidSettingException.class, () -> AuthSettings.from(config));
    }

    @Test
    void a_missing_graphql_endpoint_stops_with_a_message_naming_the_key() {
        InvalidSettingException e = rejected(MapConfig.of(Map.of()));
        assertEquals("KPA-CONFIG-001 kraken.graphql-endpoint: is required", e.getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"not a url", "ftp://x", "http://", "/v1/graphql/", "api.octopus.energy", "https://exa_mple/x", "mailto:a@b.c"})
    void a_malformed_graphql_endpoint_is_refused(String value) {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd("kraken.graphql-endpoint", value));
        assertEquals("KPA-CONFIG-001 kraken.graphql-endpoint: must be an absolute http or https URL with a host", e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "kraken.graphql-auth-endpoint|ftp://x",
            "kraken.jwks-uri|not a url",
            "kraken.connect-timeout|2s",
            "kraken.connect-timeout|PT0S",
            "kraken.read-timeout|-PT5S",
            "kraken.auth.guest.lifetime|P1Y",
            "kraken.auth.refresh-margin|30",
            "kraken.auth.cookie.secure|yes",
            "kraken.auth.guest.enabled|1",
            "kraken.auth.cookie.same-site|relaxed",
            "kraken.auth.cookie.domain|exa mple.com",
            "kraken.auth.cookie.domain|example.com:8080",
            "kraken.auth.guest.cookie-name|my cookie",
            "kraken.auth.guest.cookie-name|a;b",
            "kraken.auth.routes.anon.key-query-param|k&x",
            "kraken.auth.routes.anon.pathname|anon",
            "kraken.auth.routes.anon.pathname|/anon/*",
            "kraken.auth.routes.anon.pathname|/anon/../dashboard",
            "kraken.auth.routes.dashboard.pathname|/dash//board",
            "kraken.auth.routes.login.pathname|/login,/signin",
            "kraken.auth.routes.masquerade.pathname|/masq%2Fuerade",
            "kraken.auth.api.login|api/auth/login",
            "kraken.auth.api.logout|/api/auth/logout?x",
            "kraken.auth.api.session|/api/auth/session;x",
            "kraken.auth.api.jwks|/api/./jwks.json",
            "kraken.auth.routes.anon.allow-list|help",
            "kraken.auth.routes.anon.allow-list|/anon/a**",
            "kraken.auth.routes.anon.allow-list|!/anon/help/**",
            "kraken.auth.routes.anon.allow-list|/anon/[a-z",
            "kraken.auth.routes.anon.allow-list|/anon/{help,faq",
            "kraken.auth.guest.paths|!/api/**",
            "kraken.auth.guest.paths|/shop/**/../x",
            "kraken.auth.token-cache.max-entries|0",
            "kraken.auth.anon.key-max-length|many",
    })
    void an_invalid_value_is_refused_with_a_message_naming_its_key(String key, String value) {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd(key, value));
        assertTrue(e.getMessage().startsWith("KPA-CONFIG-001 " + key + ": "), e.getMessage());
        assertEquals(List.of(key), List.copyOf(e.problems().keySet()));
    }

    @Test
    void an_allow_list_of_only_negated_globs_stops_deployment_with_the_rule() {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd(
                "kraken.auth.routes.anon.allow-list", "!/anon/help/private/**, !/anon/{a,b}"));
        assertEquals("KPA-CONFIG-001 kraken.auth.routes.anon.allow-list: has only negated globs ('!…'), which match "
                + "nothing: list the paths they carve out of too, such as /anon/**,!/anon/private/**", e.getMessage());
    }

    @Test
    void every_problem_is_reported_at_once() {
        InvalidSettingException e = rejected(MapConfig.of(Map.of(
                "kraken.connect-timeout", "soon",
                "kraken.auth.cookie.secure", "yes")));
        assertEquals(List.of("kraken.graphql-endpoint", "kraken.connect-timeout", "kraken.auth.cookie.secure"),
                List.copyOf(e.problems().keySet()));
        assertEquals("KPA-CONFIG-001 kraken.graphql-endpoint: is required; "
                + "kraken.connect-timeout: must be a positive ISO-8601 duration such as PT2S or P30D; "
                + "kraken.auth.cookie.secure: must be true or false", e.getMessage());
    }

    @Test
    void a_message_never_repeats_a_configured_value_so_secrets_cannot_leak() {
        String clientIpSecret = "client-ip-SECRET-value";
        String signingKey = "-----BEGIN PRIVATE KEY-----\nSIGNING-KEY-SECRET\n-----END PRIVATE KEY-----";
        InvalidSettingException e = rejected(MapConfig.of(Map.of(
                "kraken.graphql-endpoint", "https://user:password-SECRET@ex ample/",
                "kraken.x-client-ip-secret-key", clientIpSecret,
                "kraken.auth.guest.signing-key", signingKey,
                "kraken.auth.guest.signing-key-location", "/etc/keys/guest.pem")));
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertFalse(e.getMessage().contains("/etc/keys"), e.getMessage());
    }

    @Test
    void an_inline_signing_key_and_a_key_location_together_are_ambiguous() {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd(
                "kraken.auth.guest.signing-key", "-----BEGIN PRIVATE KEY-----",
                "kraken.auth.guest.signing-key-location", "classpath:guest.pem"));
        assertEquals("KPA-CONFIG-001 kraken.auth.guest.signing-key-location: set either "
                + "kraken.auth.guest.signing-key or kraken.auth.guest.signing-key-location, not both", e.getMessage());
    }

    @Test
    void a_secure_prefixed_guest_cookie_needs_secure_cookies() {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd(
                "kraken.auth.guest.cookie-name", "__Secure-guest",
                "kraken.auth.cookie.secure", "false"));
        assertEquals(List.of("kraken.auth.guest.cookie-name"), List.copyOf(e.problems().keySet()));
    }

    @Test
    void a_host_prefixed_guest_cookie_cannot_carry_a_domain() {
        InvalidSettingException e = rejected(MapConfig.withEndpointAnd(
                "kraken.auth.guest.cookie-name", "__Host-guest",
                "kraken.auth.cookie.domain", "example.com"));
        assertEquals("KPA-CONFIG-001 kraken.auth.guest.cookie-name: a __Host- cookie cannot have kraken.auth.cookie.domain",
                e.getMessage());
    }
}
