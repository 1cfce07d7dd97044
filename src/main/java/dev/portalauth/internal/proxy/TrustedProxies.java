package dev.portalauth.internal.proxy;

import java.util.List;

/** The proxies whose word about the client's address is believed ({@code kraken.auth.trusted-proxies}). */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<AddressRange> ranges;

    public TrustedProxies(List<AddressRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public boolean contains(IpAddress address) {
        for (AddressRange range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
