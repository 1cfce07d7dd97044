package dev.portalauth.internal.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URL's host is this machine by its very spelling: {@code localhost}, an IPv4 literal
 * in {@code 127.0.0.0/8} or the IPv6 literal {@code ::1}. Names are never resolved: what a name
 * resolves to can change after deployment, and a check must not wait on DNS.
 */
final class LoopbackHosts {

    private static final Pattern IPV4_LITERAL = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private LoopbackHosts() {
    }

    /** @param host as {@link java.net.URI#getHost()} gives it (IPv6 literals in brackets) */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4_LITERAL.matcher(h).matches()) {
            return true;
        }
        if (!h.startsWith("[") || !h.endsWith("]")) {
            return false;
        }
        try {
            // A bracketed IPv6 literal is parsed, never looked up (::1, 0:0:0:0:0:0:0:1, ::ffff:127.0.0.1).
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
