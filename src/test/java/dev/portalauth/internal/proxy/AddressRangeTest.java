package dev.portalauth.internal.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses and CIDR ranges of trusted proxies, IPv4 and IPv6. */
class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8,        10.255.1.2,       true",
        "10.0.0.0/8,        11.0.0.1,         false",
        "10.1.2.3/8,        10.9.9.9,         true",
        "192.0.2.7,         192.0.2.7,        true",
        "192.0.2.7,         192.0.2.8,        false",
        "192.0.2.7/32,      192.0.2.7,        true",
        "172.16.0.0/12,     172.31.255.255,   true",
        "172.16.0.0/12,     172.32.0.0,       false",
        "2001:db8::/32,     2001:db8:ffff::1, true",
        "2001:db8::/32,     2001:db9::1,      false",
        "::1,               ::1,              true",
        "::1,               127.0.0.1,        false",
        "127.0.0.0/8,       ::1,              false",
        "::ffff:10.0.0.0/8, 10.1.1.1,         true",
        "fd00::/7,          fc12::1,          true",
        "0.0.0.0/0,         2001:db8::1,      false",
    })
    void a_range_contains_the_addresses_of_its_family_under_its_prefix(String range, String address, boolean contained) {
        assertEquals(contained, AddressRange.parse(range).orElseThrow().contains(IpAddress.parse(address).orElseThrow()));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "10.0.0.0/", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/-1", "10.0.0.0/8/8", "10.0.0.0/a",
        "proxy.internal", "10.0.0.0/0008", "*"})
    void anything_else_is_no_range(String text) {
        assertEquals(Optional.empty(), AddressRange.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "10.0.0.0/0", "2001:db8::/0"})
    void a_slash_zero_covers_everything(String text) {
        assertTrue(AddressRange.parse(text).orElseThrow().coversEverything());
    }
}
