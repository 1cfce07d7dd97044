package dev.portalauth.internal.web;

import java.util.Optional;
import java.util.Set;

import dev.portalauth.internal.config.Origin;

/**
 * Whether a request comes from another site: the module's one cross-site rule, for its own
 * endpoints and for the portal's unsafe requests alike. Any one signal is enough, whatever the
 * other says, because a page can only lower what a browser reports, never raise it:
 * <ul>
 * <li>{@code Sec-Fetch-Site} other than {@code same-origin} or {@code none};</li>
 * <li>an {@code Origin} that is not the portal's (scheme, host and port), {@code null} (sandboxed
 * frames, redirects across sites) or not an origin at all.</li>
 * </ul>
 * Two exceptions. {@code Origin: null} with {@code Sec-Fetch-Site: same-origin} is same-origin:
 * browsers send {@code null} for a form posted from a page with {@code Referrer-Policy: no-referrer},
 * as anon pages are, and {@code Sec-Fetch-Site} vouches for the page. A trusted origin
 * ({@code kraken.auth.cross-site.trusted-origins}) counts as the portal's whatever
 * {@code Sec-Fetch-Site} says ({@code same-site} or {@code cross-site} is what its pages send).
 * {@code Referer} counts only when neither header is present (older browsers). A request with no
 * signal at all is a non-browser client and passes: SameSite cookies still guard it. With a signal
 * but no known portal origin nothing can match, so it is refused.
 */
final class CrossSiteRequests {

    private final Set<Origin> trusted;

    /** @param trusted origins whose requests count as same-origin */
    CrossSiteRequests(Set<Origin> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    /**
     * @param fetchSite the {@code Sec-Fetch-Site} header, or {@code null}
     * @param origin the {@code Origin} header, or {@code null}
     * @param referer the {@code Referer} header, or {@code null}
     * @param portal the portal's origin for this request, when known
     */
    boolean isCrossSite(String fetchSite, String origin, String referer, Optional<Origin> portal) {
        if (origin != null) {
            return originSaysCrossSite(origin.strip(), fetchSite, portal);
        }
        if (fetchSite != null) {
            return fetchSiteSaysCrossSite(fetchSite);
        }
        return referer != null && !sameOrTrusted(Origin.ofUrl(referer), portal);
    }

    private boolean originSaysCrossSite(String origin, String fetchSite, Optional<Origin> portal) {
        if (origin.equals("null")) {
            return !"same-origin".equals(fetchSite);
        }
        Optional<Origin> sender = Origin.parse(origin);
        if (sender.isPresent() && trusted.contains(sender.get())) {
            return false;
        }
        return !sameOrTrusted(sender, portal) || fetchSiteSaysCrossSite(fetchSite);
    }

    private boolean sameOrTrusted(Optional<Origin> sender, Optional<Origin> portal) {
        return sender.isPresent() && (sender.equals(portal) || trusted.contains(sender.get()));
    }

    private static boolean fetchSiteSaysCrossSite(String fetchSite) {
        return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }
}
