package dev.portalauth.internal.config;

import java.util.Set;

/**
 * Which unsafe cross-site requests are refused.
 *
 * @param crossSiteProtection {@code kraken.auth.cross-site.protect} (default {@code all}): which
 *        unsafe requests the cross-site rule judges
 * @param crossSiteTrustedOrigins {@code kraken.auth.cross-site.trusted-origins} (default: none):
 *        origins whose requests count as same-origin
 * @param crossSiteAllow {@code kraken.auth.cross-site.allow} (default: none): paths that take
 *        cross-site unsafe requests, without credentials
 */
public record CrossSiteSettings(CrossSiteProtection crossSiteProtection, Set<Origin> crossSiteTrustedOrigins,
        Globs crossSiteAllow) {

    static final String CROSS_SITE_ALLOW = "kraken.auth.cross-site.allow";

    static CrossSiteSettings read(SettingsReader read) {
        return new CrossSiteSettings(
                read.web().crossSiteProtection("kraken.auth.cross-site.protect", CrossSiteProtection.ALL),
                read.web().origins("kraken.auth.cross-site.trusted-origins"),
                read.globs(CROSS_SITE_ALLOW, ""));
    }
}
