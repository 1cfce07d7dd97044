package dev.portalauth.internal.proxy;

import java.util.Optional;

/**
 * One hop's address as forwarding headers write it: {@code 192.0.2.1}, {@code 192.0.2.1:443},
 * {@code 2001:db8::1}, {@code [2001:db8::1]} or {@code [2001:db8::1]:443}. Anything else
 * ({@code unknown}, an obfuscated {@code _hidden}, a name) is no address.
 */
final class HopAddress {

    private HopAddress() {
    }

    static Optional<IpAddress> parse(String hop) {
        String value = hop.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || !portOrNothing(value.substring(close + 1))) {
                return Optional.empty();
            }
            String inside = value.substring(1, close);
            return inside.indexOf(':') < 0 ? Optional.empty() : IpAddress.parse(inside);
        }
        int colon = value.indexOf(':');
        if (colon >= 0 && colon == value.lastIndexOf(':')) {
            // one colon: IPv4 with a port (an IPv6 address has at least two)
            return portOrNothing(value.substring(colon)) ? IpAddress.parse(value.substring(0, colon))
                    .filter(a -> !a.isIpv6()) : Optional.empty();
        }
        return IpAddress.parse(value);
    }

    /** Empty, or {@code :} and 1–5 digits. */
    private static boolean portOrNothing(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        return rest.length() >= 2 && rest.length() <= 6 && rest.charAt(0) == ':'
                && rest.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
