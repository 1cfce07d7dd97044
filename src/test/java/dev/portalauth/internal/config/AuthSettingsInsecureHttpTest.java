package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords and tokens go to the Kraken endpoints and the JWKS decides which tokens are
 * Kraken's, so plain {@code http} stops deployment unless it stays on this machine or
 * {@code kraken.allow-insecure-http=true} says it is meant.
 */
class AuthSettingsInsecureHttpTest {

    private static final String MESSAGE = "plain http is allowed only to a loopback address (localhost, 127.0.0.0/8, ::1); "
            + "use https, or set kraken.allow-insecure-http=true";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kraken.graphql-endpoint", "kraken.graphql-auth-endpoint", "kraken.jwks-uri"})
    void plain_http_to_another_host_stops_deployment_naming_the_key_and_the_way_out(String key) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(key, "http://kraken.example/graphql/")));
        assertEquals("KPA-CONFIG-001 " + key + ": " + MESSAGE, e.getMessage());
    }

    @Test
    void an_auth_endpoint_left_unset_is_reported_once_under_the_graphql_endpoint() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.graphql-endpoint", "http://kraken.example/")));
        assertEquals(List.of("kraken.graphql-endpoint"), List.copyOf(e.problems().keySet()));
    }

    @Test
    void every_insecure_url_is_reported_at_once_without_its_value() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.graphql-endpoint", "http://user:SECRET@kraken.example/",
                "kraken.graphql-auth-endpoint", "http://auth.kraken.example/",
                "kraken.jwks-uri", "http://keys.kraken.example/jwks.json")));
        assertEquals(List.of("kraken.graphql-endpoint", "kraken.graphql-auth-endpoint", "kraken.jwks-uri"),
                List.copyOf(e.problems().keySet()));
        assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("kraken.example/"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "127.255.255.255", "[::1]",
        "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]"})
    void plain_http_to_a_loopback_address_is_allowed(String host) {
        String url = "http://" + host + ":8080/kraken/graphql/";
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.graphql-endpoint", url, "kraken.jwks-uri", url));
        assertEquals(URI.create(url), settings.kraken().graphqlEndpoint());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"localhost.evil.example", "127.0.0.1.evil.example", "evil-localhost", "128.0.0.1",
        "127.0.0.256", "10.0.0.1", "0.0.0.0", "[::2]", "[::]", "[fe80::1]", "kraken.example"})
    void a_host_is_loopback_by_its_spelling_only(String host) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.jwks-uri", "http://" + host + "/jwks.json")));
        assertEquals(List.of("kraken.jwks-uri"), List.copyOf(e.problems().keySet()));
    }

    @Test
    void allow_insecure_http_lets_any_host_through() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.graphql-endpoint", "http://kraken.internal/graphql/",
                "kraken.jwks-uri", "http://kraken.internal/jwks.json",
                "kraken.allow-insecure-http", "true"));
        assertTrue(settings.kraken().allowInsecureHttp());
        assertEquals("http", settings.kraken().graphqlEndpoint().getScheme());
    }

    @ParameterizedTest(name = "allow-insecure-http={0}")
    @CsvSource({"false", "FALSE"})
    void allow_insecure_http_false_is_the_default_spelled_out(String value) {
        assertThrows(InvalidSettingException.class, () -> AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.graphql-endpoint", "http://kraken.internal/graphql/", "kraken.allow-insecure-http", value)));
        assertFalse(AuthSettings.from(MapConfig.withEndpointAnd()).kraken().allowInsecureHttp());
    }

    @Test
    void allow_insecure_http_must_be_a_boolean() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.allow-insecure-http", "yes")));
        assertEquals(List.of("kraken.allow-insecure-http"), List.copyOf(e.problems().keySet()));
    }
}
