package dev.portalauth.internal.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over any chain of hops (trusted proxies, other addresses, unreadable entries) and any text, in
 * either header: reading never throws, never names a trusted proxy, and never names an address
 * that stands left of a hop no trusted proxy vouches for.
 */
class ProxyHeaderProperties {

    private static final TrustedProxies TRUSTED = new TrustedProxies(List.of(
            AddressRange.parse("10.0.0.0/8").orElseThrow(), AddressRange.parse("2001:db8:ffff::/48").orElseThrow()));

    @Provide
    Arbitrary<List<String>> hops() {
        return Arbitraries.of("10.0.0.1", "10.20.30.40", "2001:db8:ffff::5", "::ffff:10.9.9.9",
                        "198.51.100.1", "192.0.2.9", "2001:db8::7", "203.0.113.5",
                        "unknown", "_hidden", "", "proxy.example", "1.2.3", "[::1", "a b")
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<ProxyHeader> headers() {
        return Arbitraries.of(ProxyHeader.values());
    }

    private static String render(ProxyHeader header, List<String> hops) {
        if (header == ProxyHeader.X_FORWARDED_FOR) {
            return String.join(", ", hops);
        }
        return hops.stream()
                .map(hop -> hop.contains(":") && !hop.startsWith("[") ? "for=\"[" + hop + "]:443\"" : "for=\"" + hop + "\"")
                .collect(Collectors.joining(", "));
    }

    @Property
    void the_client_is_exactly_the_right_most_hop_that_is_not_a_trusted_proxy_when_it_is_readable(
            @ForAll("headers") ProxyHeader header, @ForAll("hops") List<String> hops) {
        Optional<IpAddress> client = header.client(List.of(render(header, hops)), TRUSTED);

        Optional<IpAddress> expected = Optional.empty();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IpAddress> hop = IpAddress.parse(hops.get(i));
            if (hop.isEmpty() || !TRUSTED.contains(hop.get())) {
                expected = hop;
                break;
            }
        }
        assertEquals(expected, client);
    }

    @Property
    void the_client_is_never_a_trusted_proxy_nor_left_of_an_unvouched_hop(
            @ForAll("headers") ProxyHeader header, @ForAll("hops") List<String> hops) {
        Optional<IpAddress> client = header.client(List.of(render(header, hops)), TRUSTED);

        client.ifPresent(address -> {
            assertFalse(TRUSTED.contains(address));
            int at = hops.size() - 1;
            while (at >= 0 && !IpAddress.parse(hops.get(at)).equals(client)) {
                at--;
            }
            assertTrue(at >= 0, "the client is one of the hops");
            for (String right : hops.subList(at + 1, hops.size())) {
                assertTrue(IpAddress.parse(right).filter(TRUSTED::contains).isPresent(), right + " vouched for");
            }
        });
    }

    @Property
    void any_text_is_read_without_an_exception_and_never_names_a_trusted_proxy(
            @ForAll("headers") ProxyHeader header, @ForAll List<String> lines) {
        header.client(lines, TRUSTED).ifPresent(address -> assertFalse(TRUSTED.contains(address)));
    }

    @Provide
    Arbitrary<String> forwardedLike() {
        return Arbitraries.of("for=", "For=", "\"", "[", "]", ":", ";", ",", " ", "\\", "proto=https", "198.51.100.1",
                        "10.0.0.1", "2001:db8::1", "443", "by=", "_x", "unknown")
                .list().ofMaxSize(14).map(pieces -> String.join("", pieces));
    }

    @Property
    void text_made_of_forwarded_syntax_is_read_without_an_exception(@ForAll("forwardedLike") String line) {
        for (ProxyHeader header : ProxyHeader.values()) {
            header.client(List.of(line), TRUSTED).ifPresent(address -> assertFalse(TRUSTED.contains(address)));
        }
    }
}
