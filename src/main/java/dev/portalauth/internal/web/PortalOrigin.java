package dev.portalauth.internal.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.config.Origin;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.proxy.ForwardedValues;

/**
 * The portal's origin as the browser sees it, for one request: {@code kraken.auth.public-origin}
 * when configured; else, from a trusted proxy, the scheme and host it reports in
 * {@code X-Forwarded-Proto} / {@code X-Forwarded-Host} (the right-most entry over all lines, the one
 * the proxy added); else the request's scheme and {@code Host}
 * header. The one place that decides it, so that everything comparing against it (cross-site
 * refusal) agrees.
 */
@ApplicationScoped
public class PortalOrigin {

    private final Optional<Origin> configured;
    private final ClientAddresses clientAddresses;

    @Inject
    public PortalOrigin(ProxySettings proxy, ClientAddresses clientAddresses) {
        this.configured = proxy.publicOrigin();
        this.clientAddresses = clientAddresses;
    }

    /** For the container's client proxy only. */
    protected PortalOrigin() {
        this.configured = null;
        this.clientAddresses = null;
    }

    /** Empty when nothing is configured and the request has no usable {@code Host} header. */
    public Optional<Origin> of(HttpServletRequest request) {
        if (configured.isPresent()) {
            return configured;
        }
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        if (clientAddresses.fromTrustedProxy(request)) {
            scheme = ForwardedValues.rightMost(request, "X-Forwarded-Proto").orElse(scheme);
            host = ForwardedValues.rightMost(request, "X-Forwarded-Host").orElse(host);
        }
        return Origin.of(scheme, host);
    }
}
