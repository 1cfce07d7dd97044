package dev.portalauth.internal.web;

import java.util.Optional;

import dev.portalauth.internal.config.Origin;

/**
 * Whether a state-changing request comes from another site (SPEC 8). Any one signal is enough,
 * whatever the other says, because a page can only lower what a browser reports, never raise it:
 * <ul>
 * <li>{@code Sec-Fetch-Site} other than {@code same-origin} or {@code none};</li>
 * <li>an {@code Origin} that is not the portal's (scheme, host and port), {@code null} (sandboxed
 * frames, redirects across sites) or not an origin at all.</li>
 * </ul>
 * A request with neither header is a non-browser client and passes: SameSite cookies still guard
 * it. With an {@code Origin} but no known portal origin nothing can match, so it is refused.
 */
final class CrossSiteRequests {

    private CrossSiteRequests() {
    }

    /**
     * @param fetchSite the {@code Sec-Fetch-Site} header, or {@code null}
     * @param origin the {@code Origin} header, or {@code null}
     * @param portal the portal's origin for this request, when known
     */
    static boolean isCrossSite(String fetchSite, String origin, Optional<Origin> portal) {
        return fetchSiteSaysCrossSite(fetchSite) || originSaysCrossSite(origin, portal);
    }

    private static boolean fetchSiteSaysCrossSite(String fetchSite) {
        return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }

    private static boolean originSaysCrossSite(String origin, Optional<Origin> portal) {
        if (origin == null) {
            return false;
        }
        Optional<Origin> sender = Origin.parse(origin.strip());
        return sender.isEmpty() || !sender.equals(portal);
    }
}
