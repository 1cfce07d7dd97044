package dev.portalauth.internal.web;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.config.CrossSiteProtection;
import dev.portalauth.internal.config.Globs;

/**
 * Which requests the module's cross-site rule guards before the portal runs. Under {@code all},
 * every unsafe request (any method but {@code GET}, {@code HEAD}, {@code OPTIONS}, {@code TRACE})
 * that the rule calls cross-site is refused, except on an allowed path, where it runs without
 * credentials. The module's own endpoints are left to their own refusal (always on, and never
 * lifted by the allow-list); under {@code auth-endpoints} nothing else is judged.
 */
final class CrossSiteGate {

    /** Methods that must not change state (RFC 9110 9.2.1); method names are case-sensitive. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final CrossSiteProtection protection;
    private final Globs allow;
    private final Predicate<String> moduleEndpoint;

    /**
     * @param allow {@code kraken.auth.cross-site.allow}
     * @param moduleEndpoint whether a path is one of the module's built-in endpoints
     */
    CrossSiteGate(CrossSiteProtection protection, Globs allow, Predicate<String> moduleEndpoint) {
        this.protection = protection;
        this.allow = allow;
        this.moduleEndpoint = moduleEndpoint;
    }

    /**
     * @param path the normalised path inside the application
     * @param crossSite the cross-site rule for this request, asked only when it matters
     */
    Admission admission(String method, String path, BooleanSupplier crossSite) {
        if (protection == CrossSiteProtection.AUTH_ENDPOINTS || SAFE.contains(method)
                || moduleEndpoint.test(path) || !crossSite.getAsBoolean()) {
            return Admission.ADMITTED;
        }
        return allow.matches(path) ? Admission.WITHOUT_CREDENTIALS : Admission.REFUSED;
    }
}
