package dev.portalauth.internal.proxy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one header a trusted proxy writes the client's address in ({@code
 * kraken.auth.trusted-proxies.header}); the other one is never read, so a client cannot choose its
 * address through the header the proxy passes along untouched.
 */
public enum ProxyHeader {

    X_FORWARDED_FOR("X-Forwarded-For"),
    FORWARDED("Forwarded");

    private final String headerName;

    ProxyHeader(String headerName) {
        this.headerName = headerName;
    }

    public String headerName() {
        return headerName;
    }

    /** By header name, in any letter case. */
    public static Optional<ProxyHeader> named(String name) {
        for (ProxyHeader header : values()) {
            if (header.headerName.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    /**
     * The client as the header's lines tell it: the right-most hop that is not a trusted proxy.
     * Empty when there is none, or when that hop's address cannot be read: what stands left of a
     * hop nobody vouches for may have been written by anyone.
     */
    public Optional<IpAddress> client(List<String> headerLines, TrustedProxies trusted) {
        List<String> hops = this == FORWARDED ? ForwardedElements.forValues(headerLines) : XForwardedFor.hops(headerLines);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IpAddress> hop = HopAddress.parse(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!trusted.contains(hop.get())) {
                return hop;
            }
        }
        return Optional.empty();
    }
}
