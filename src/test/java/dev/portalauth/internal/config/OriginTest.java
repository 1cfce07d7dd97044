package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "https://portal.example,          https://portal.example:443",
        "https://portal.example:443,      https://portal.example:443",
        "http://portal.example,           http://portal.example:80",
        "http://portal.example:80,        http://portal.example:80",
        "https://portal.example:8443,     https://portal.example:8443",
        "HTTPS://Portal.EXAMPLE,          https://portal.example:443",
        "http://localhost:21080,          http://localhost:21080",
        "http://127.0.0.1:8080,           http://127.0.0.1:8080",
        "'http://[::1]:8080',             'http://[::1]:8080'",
    })
    void an_origin_is_read_with_its_scheme_and_host_in_lower_case_and_its_default_port_made_explicit(String text, String expected) {
        assertEquals(expected, Origin.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"null", "", " ", "portal.example", "//portal.example", "ftp://portal.example",
        "https://portal.example/", "https://portal.example/app", "https://portal.example?x", "https://portal.example#x",
        "https://user@portal.example", "https://user:pw@portal.example", "https://portal.example:0",
        "https://portal.example:65536", "https://portal.example:x", "https://exa_mple", "https://", "file:///etc",
        "https://portal.example, https://evil.example", "javascript:alert(1)"})
    void anything_but_scheme_host_and_port_is_not_an_origin(String text) {
        assertEquals(Optional.empty(), Origin.parse(text));
    }

    @Test
    void origins_differ_by_scheme_host_or_port() {
        Origin portal = Origin.parse("https://portal.example").orElseThrow();
        assertNotEquals(Origin.parse("http://portal.example").orElseThrow(), portal);
        assertNotEquals(Origin.parse("https://evil.example").orElseThrow(), portal);
        assertNotEquals(Origin.parse("https://portal.example:8443").orElseThrow(), portal);
        assertNotEquals(Origin.parse("https://portal.example.evil.example").orElseThrow(), portal);
        assertEquals(Origin.parse("https://portal.example:443").orElseThrow(), portal);
    }

    @ParameterizedTest(name = "{0} + Host {1} is {2}")
    @CsvSource({
        "http,  localhost:21080,        http://localhost:21080",
        "https, portal.example,         https://portal.example:443",
        "http,  portal.example:80,      http://portal.example:80",
        "http,  '[::1]:8080',           'http://[::1]:8080'",
    })
    void a_request_names_its_origin_by_scheme_and_host_header(String scheme, String host, String expected) {
        assertEquals(expected, Origin.of(scheme, host).orElseThrow().toString());
    }

    @ParameterizedTest(name = "Host [{0}]")
    @ValueSource(strings = {"", "evil.example/x", "user@portal.example", "portal.example?x", "portal.example#x",
        "a b", "portal.example:99999"})
    void a_host_header_that_is_not_host_and_port_names_no_origin(String host) {
        assertEquals(Optional.empty(), Origin.of("https", host));
    }

    @Test
    void a_request_without_a_host_header_names_no_origin() {
        assertEquals(Optional.empty(), Origin.of("https", null));
    }
}
