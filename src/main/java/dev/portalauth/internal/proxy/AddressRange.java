package dev.portalauth.internal.proxy;

import java.util.Optional;

/** An address or a CIDR range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) of one family. */
public final class AddressRange {

    private final IpAddress network;
    private final int bits;

    private AddressRange(IpAddress network, int bits) {
        this.network = network;
        this.bits = bits;
    }

    /** {@code address} or {@code address/bits}; empty when it is neither, or the bits do not fit the family. */
    public static Optional<AddressRange> parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        Optional<IpAddress> address = IpAddress.parse(slash < 0 ? value : value.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int max = address.get().isIpv6() ? 128 : 32;
        int bits = max;
        if (slash >= 0) {
            String suffix = value.substring(slash + 1);
            if (suffix.isEmpty() || suffix.length() > 3 || !suffix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            bits = Integer.parseInt(suffix);
            if (bits > max) {
                return Optional.empty();
            }
        }
        return Optional.of(new AddressRange(address.get().prefix(bits), bits));
    }

    public boolean contains(IpAddress address) {
        return address.isIpv6() == network.isIpv6() && address.prefix(bits).equals(network);
    }

    /** A {@code /0} range: every address of its family. */
    public boolean coversEverything() {
        return bits == 0;
    }
}
