package dev.portalauth.internal.proxy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the client of a request is: the peer, unless the peer is a trusted proxy, in which
 * case the client its header names (falling back to the peer when the header names nobody
 * usable). This address is what Kraken hears as {@code x-kraken-client-ip} and what rate limits
 * count by.
 */
public final class ClientAddresses {

    private final TrustedProxies trusted;
    private final ProxyHeader header;

    public ClientAddresses(TrustedProxies trusted, ProxyHeader header) {
        this.trusted = trusted;
        this.header = header;
    }

    /** The client's address as canonical text (the peer's own text when the container gives no IP literal). */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Optional<IpAddress> peerAddress = peer == null ? Optional.empty() : IpAddress.parse(peer);
        if (peerAddress.isEmpty()) {
            return peer == null ? "" : peer;
        }
        if (!trusted.contains(peerAddress.get())) {
            return peerAddress.get().text();
        }
        var values = request.getHeaders(header.headerName());
        List<String> lines = values == null ? List.of() : Collections.list(values);
        return header.client(lines, trusted).orElse(peerAddress.get()).text();
    }

    /** True when the peer is a trusted proxy, so its forwarding headers may be read. */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        return !trusted.isEmpty() && peer != null && IpAddress.parse(peer).filter(trusted::contains).isPresent();
    }
}
