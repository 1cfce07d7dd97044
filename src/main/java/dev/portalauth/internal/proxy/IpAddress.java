package dev.portalauth.internal.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address parsed from its literal text, never looked up: a name in a header or in
 * the configuration must not make the module wait on DNS (nor let DNS decide whom it trusts).
 * IPv4-mapped IPv6 addresses ({@code ::ffff:192.0.2.1}) are their IPv4 address.
 */
public final class IpAddress {

    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address written as {@code text} (no brackets, no port, no zone), or empty. */
    public static Optional<IpAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text).map(IpAddress::new);
        }
        if (text.charAt(0) == '.') {
            return Optional.empty(); // the JDK would take it for a host name and look it up
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == ':' || c == '.' || Character.digit(c, 16) >= 0;
            if (!allowed) {
                return Optional.empty();
            }
        }
        try {
            // Only hex digits, ':' and '.' and at least one ':': the JDK parses it as an IPv6
            // literal and never resolves it.
            return Optional.of(new IpAddress(InetAddress.getByName(text).getAddress()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Dotted quad of four decimal numbers 0–255 without leading zeros (which some read as octal). */
    private static Optional<byte[]> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return Optional.of(bytes);
    }

    public boolean isIpv6() {
        return bytes.length == 16;
    }

    /** A copy of the address's 4 or 16 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The first {@code bits} bits, the rest zero. */
    IpAddress prefix(int bits) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            masked[i] = (byte) (masked[i] & (0xff00 >> keep));
        }
        return new IpAddress(masked);
    }

    /**
     * The text rate limits count by: the address itself for IPv4, its /64 network for IPv6 (one
     * subscriber usually holds a whole /64, so counting single addresses would count nothing).
     */
    public String clientKey() {
        return isIpv6() ? prefix(64).text() + "/64" : text();
    }

    /** Canonical text: dotted quad, or RFC 5952 (lower case, longest run of zero groups as {@code ::}). */
    public String text() {
        if (!isIpv6()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
