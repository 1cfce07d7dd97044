package dev.portalauth.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.config.AuthSettings;
import dev.portalauth.config.Origin;

/**
 * The portal's origin as the browser sees it, for one request: {@code kraken.auth.public-origin}
 * when configured, else the request's scheme and {@code Host} header. The one place that decides
 * it, so that everything comparing against it (cross-site refusal) agrees.
 */
public final class PortalOrigin {

    private final Optional<Origin> configured;

    public PortalOrigin(AuthSettings settings) {
        this.configured = settings.publicOrigin();
    }

    /** Empty when nothing is configured and the request has no usable {@code Host} header. */
    public Optional<Origin> of(HttpServletRequest request) {
        if (configured.isPresent()) {
            return configured;
        }
        return Origin.of(request.getScheme(), request.getHeader("Host"));
    }
}
