package dev.portalauth.internal.config;

import java.util.Optional;

/**
 * The attributes and names of the cookies the module sets.
 *
 * @param cookieSecure {@code kraken.auth.cookie.secure} (default {@code true}); always {@code true}
 *        with {@code SameSite=None}
 * @param sameSite {@code kraken.auth.cookie.same-site} (default {@code Lax}; any letter case accepted)
 * @param cookieDomain {@code kraken.auth.cookie.domain}: the {@code Domain} attribute, when present
 * @param cookieNamePrefix {@code kraken.auth.cookie.name-prefix} (default empty): put before every
 *        cookie name the module sets
 * @param maxClaimsBytes {@code kraken.auth.cookie.max-claims-bytes} (default {@code 1536}): bound on
 *        guest and payload claims
 * @param mobileWebViewEnabled {@code kraken.auth.mobile-web-view.enabled} (default {@code false}):
 *        whether {@code MWAuthToken} is read at all. Off, the cookie is untouched: never read,
 *        confirmed or cleared. The cookie has no binding and no name prefix, so a sibling subdomain
 *        can plant one that outranks the visitor's own session; only a portal opened by its mobile
 *        app turns this on
 */
public record CookieSettings(boolean cookieSecure, SameSite sameSite, Optional<String> cookieDomain,
        String cookieNamePrefix, int maxClaimsBytes, boolean mobileWebViewEnabled) {

    static final String COOKIE_SECURE = "kraken.auth.cookie.secure";
    static final String COOKIE_DOMAIN = "kraken.auth.cookie.domain";
    static final String COOKIE_NAME_PREFIX = "kraken.auth.cookie.name-prefix";

    static CookieSettings read(SettingsReader read) {
        SameSite sameSite = read.web().sameSite("kraken.auth.cookie.same-site", SameSite.LAX);
        // Browsers drop a SameSite=None cookie that is not Secure: None implies Secure.
        boolean secure = read.bool(COOKIE_SECURE, true) || sameSite == SameSite.NONE;
        return new CookieSettings(secure, sameSite,
                read.web().domain(COOKIE_DOMAIN),
                read.web().cookieNamePrefix(COOKIE_NAME_PREFIX),
                read.positiveInt("kraken.auth.cookie.max-claims-bytes", 1536),
                read.bool("kraken.auth.mobile-web-view.enabled", false));
    }
}
