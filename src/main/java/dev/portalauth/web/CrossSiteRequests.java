package dev.portalauth.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refuses state-changing requests that a browser marks as coming from another site:
 * {@code Sec-Fetch-Site} other than {@code same-origin}/{@code none}, else an {@code Origin} whose
 * host differs from the request's {@code Host}. Requests with neither header (non-browser clients)
 * pass; SameSite cookies still guard them.
 */
final class CrossSiteRequests {

    private CrossSiteRequests() {
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || uri.getHost() == null || !authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
