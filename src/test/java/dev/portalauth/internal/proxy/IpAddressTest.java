package dev.portalauth.internal.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals are parsed, never looked up, and written in one canonical form. */
class IpAddressTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "192.0.2.1,                        192.0.2.1",
        "0.0.0.0,                          0.0.0.0",
        "255.255.255.255,                  255.255.255.255",
        "2001:db8::1,                      2001:db8::1",
        "2001:DB8:0:0:0:0:0:1,             2001:db8::1",
        "2001:db8:0:0:1:0:0:1,             2001:db8::1:0:0:1",
        "2001:0db8:0000:0001:0000:0000:0000:0001, 2001:db8:0:1::1",
        "::1,                              ::1",
        "0:0:0:0:0:0:0:1,                  ::1",
        "::,                               ::",
        "fe80::,                           fe80::",
        "::ffff:192.0.2.1,                 192.0.2.1",
        "2001:db8:1:2:3:4:5:6,             2001:db8:1:2:3:4:5:6",
        "2001:db8:0:1:1:1:1:1,             2001:db8:0:1:1:1:1:1",
    })
    void a_literal_is_read_and_written_canonically(String text, String canonical) {
        assertEquals(canonical, IpAddress.parse(text).orElseThrow().text());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "localhost", "example.com", "192.0.2", "192.0.2.1.5", "192.0.2.256", "192.0.02.1",
        "0x7f.0.0.1", "1.2.3.-4", "192.0.2.1 ", "[2001:db8::1]", "2001:db8::1%eth0", "2001:db8:::1", "1:2", ".:1",
        "2001:db8::g", "unknown", "_hidden", "::1:2:3:4:5:6:7:8:9"})
    void anything_but_a_literal_is_no_address(String text) {
        assertEquals(Optional.empty(), IpAddress.parse(text));
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
        "192.0.2.1,                 192.0.2.1",
        "2001:db8:1:2::1,           2001:db8:1:2::/64",
        "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64",
        "2001:db8:1:3::1,           2001:db8:1:3::/64",
        "::ffff:192.0.2.1,          192.0.2.1",
    })
    void rate_limits_count_ipv4_addresses_and_ipv6_slash_64_networks(String text, String key) {
        assertEquals(key, IpAddress.parse(text).orElseThrow().clientKey());
    }
}
