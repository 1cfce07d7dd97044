package dev.portalauth.internal.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/**
 * The client of a request: the peer, unless the peer is a trusted proxy; then the client the one
 * configured header names, or the peer when it names nobody usable.
 */
class ClientAddressesTest {

    private static final TrustedProxies TRUSTED = new TrustedProxies(List.of(AddressRange.parse("10.0.0.0/8").orElseThrow()));

    private static HttpServletRequest request(String peer, String... headerPairs) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.computeIfAbsent(headerPairs[i], k -> new java.util.ArrayList<>()).add(headerPairs[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
    }

    private final ClientAddresses xff = new ClientAddresses(TRUSTED, ProxyHeader.X_FORWARDED_FOR);
    private final ClientAddresses forwarded = new ClientAddresses(TRUSTED, ProxyHeader.FORWARDED);

    @Test
    void an_untrusted_peer_is_the_client_whatever_it_writes() {
        assertEquals("198.51.100.9", xff.of(request("198.51.100.9", "X-Forwarded-For", "192.0.2.1")));
        assertEquals("198.51.100.9", forwarded.of(request("198.51.100.9", "Forwarded", "for=192.0.2.1")));
        assertFalse(xff.fromTrustedProxy(request("198.51.100.9")));
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_one_its_header_names() {
        assertEquals("192.0.2.1", xff.of(request("10.0.0.2", "X-Forwarded-For", "192.0.2.1")));
        assertEquals("192.0.2.1", forwarded.of(request("10.0.0.2", "Forwarded", "for=192.0.2.1")));
        assertEquals("192.0.2.1", xff.of(request("10.0.0.2", "X-Forwarded-For", "203.0.113.5",
                "X-Forwarded-For", "192.0.2.1, 10.0.0.3")));
        assertTrue(xff.fromTrustedProxy(request("10.0.0.2")));
    }

    @Test
    void only_the_configured_header_is_read() {
        assertEquals("10.0.0.2", xff.of(request("10.0.0.2", "Forwarded", "for=192.0.2.1")));
        assertEquals("10.0.0.2", forwarded.of(request("10.0.0.2", "X-Forwarded-For", "192.0.2.1")));
    }

    @Test
    void a_header_that_names_nobody_usable_leaves_the_peer() {
        assertEquals("10.0.0.2", xff.of(request("10.0.0.2")));
        assertEquals("10.0.0.2", xff.of(request("10.0.0.2", "X-Forwarded-For", "unknown")));
        assertEquals("10.0.0.2", xff.of(request("10.0.0.2", "X-Forwarded-For", "10.0.0.9")));
    }

    @Test
    void the_address_is_written_canonically() {
        assertEquals("::1", xff.of(request("0:0:0:0:0:0:0:1")));
        assertEquals("2001:db8::1", xff.of(request("10.0.0.2", "X-Forwarded-For", "[2001:DB8:0::1]:443")));
    }

    @Test
    void with_no_trusted_proxy_every_peer_is_the_client() {
        ClientAddresses none = new ClientAddresses(TrustedProxies.NONE, ProxyHeader.X_FORWARDED_FOR);

        assertEquals("10.0.0.2", none.of(request("10.0.0.2", "X-Forwarded-For", "192.0.2.1")));
        assertFalse(none.fromTrustedProxy(request("10.0.0.2")));
    }
}
