package dev.portalauth.internal.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client a trusted proxy's header names: the right-most hop that is not a trusted proxy, and
 * nothing when that hop cannot be read (what is left of it may be the client's own invention).
 * Trusted here: 10.0.0.0/8 and 2001:db8:ffff::/48. Lines are separated by {@code |}.
 */
class ProxyHeaderTest {

    private static final TrustedProxies TRUSTED = new TrustedProxies(List.of(
            AddressRange.parse("10.0.0.0/8").orElseThrow(), AddressRange.parse("2001:db8:ffff::/48").orElseThrow()));

    private static String client(ProxyHeader header, String lines) {
        List<String> values = lines == null ? List.of() : Arrays.asList(lines.split("\\|", -1));
        return header.client(values, TRUSTED).map(IpAddress::text).orElse("-");
    }

    @ParameterizedTest(name = "X-Forwarded-For: {0} → {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "198.51.100.1;                                 198.51.100.1",
        "198.51.100.1, 10.0.0.2;                       198.51.100.1",
        "192.0.2.66, 198.51.100.1, 10.0.0.2, 10.0.0.3; 198.51.100.1",
        "192.0.2.66, 198.51.100.1;                     198.51.100.1",
        "192.0.2.66|198.51.100.1, 10.0.0.2;            198.51.100.1",
        "198.51.100.1:5678, 10.0.0.2;                  198.51.100.1",
        "[2001:db8::1]:443;                            2001:db8::1",
        "2001:db8::1, 2001:db8:ffff::9;                2001:db8::1",
        " 198.51.100.1 ,10.0.0.2 ;                     198.51.100.1",
        "10.0.0.1, 10.0.0.2;                           -",
        "192.0.2.66, unknown, 10.0.0.2;                -",
        "192.0.2.66, garbage;                          -",
        "192.0.2.66, , 10.0.0.2;                       -",
        "192.0.2.66, 198.51.100.1 10.0.0.2;            -",
        "'';                                           -",
        "null;                                         -",
        "2001:db8::1%25eth0;                           -",
        "::ffff:10.0.0.5, 192.0.2.7;                   192.0.2.7",
        "192.0.2.7, ::ffff:10.0.0.5;                   192.0.2.7",
    })
    void x_forwarded_for(String lines, String expected) {
        assertEquals(expected, client(ProxyHeader.X_FORWARDED_FOR, lines));
    }

    @ParameterizedTest(name = "Forwarded: {0} → {1}")
    @CsvSource(delimiter = ';', nullValues = "null", quoteCharacter = '`', value = {
        "for=198.51.100.1;                                                    198.51.100.1",
        "for=198.51.100.1, for=10.0.0.2;                                      198.51.100.1",
        "For=198.51.100.1 , FOR=10.0.0.2;                                     198.51.100.1",
        "`for=192.0.2.60;proto=http;by=203.0.113.43`;                         192.0.2.60",
        "`for=192.0.2.66, for=198.51.100.1;proto=https, for=10.0.0.2`;        198.51.100.1",
        "`for=\"[2001:db8::1]:443\"`;                                          2001:db8::1",
        "`for=\"[2001:db8::1]\"`;                                              2001:db8::1",
        "`for=\"198.51.100.1:8080\"`;                                          198.51.100.1",
        "`for=\"198.51.100.1\";proto=https`;                                   198.51.100.1",
        "`for=\"[2001:db8::1]:443\", for=\"[2001:db8:ffff::2]\"`;              2001:db8::1",
        "`proto=https;for=198.51.100.1`;                                      198.51.100.1",
        "`for=\"_hidden\", for=10.0.0.2`;                                      -",
        "`for=unknown`;                                                       -",
        "`for=192.0.2.66, proto=https, for=10.0.0.2`;                         -",
        "`for=\"[2001:db8::1]:443`;                                           -",
        "`for=192.0.2.66|for=198.51.100.1`;                                   198.51.100.1",
        "`for=198.51.100.1;for=192.0.2.9`;                                    -",
        "`for=198.51.100.1;by`;                                               -",
        "`for=\"192.0.2.1, for=10.0.0.2\"`;                                   -",
        "`for=\"[2001:db8::1]\"x`;                                            -",
        "`for=2001:db8::1`;                                                   2001:db8::1",
        "``;                                                                  -",
        "null;                                                                -",
    })
    void forwarded(String lines, String expected) {
        assertEquals(expected, client(ProxyHeader.FORWARDED, lines));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"X-Forwarded-For, X_FORWARDED_FOR", "x-forwarded-for, X_FORWARDED_FOR", "Forwarded, FORWARDED",
        "FORWARDED, FORWARDED"})
    void the_header_is_named_in_any_letter_case(String name, ProxyHeader header) {
        assertEquals(header, ProxyHeader.named(name).orElseThrow());
    }
}
