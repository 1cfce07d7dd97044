package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kraken.auth.cross-site.protect}, {@code .trusted-origins} and {@code .allow}: what they
 * default to, what they accept, and the allow-list that may never reach into anon or dashboard
 * pathnames (a cross-site post there would be answered by a link's or a dashboard's page).
 */
class AuthSettingsCrossSiteTest {

    private static final String PROTECT = "kraken.auth.cross-site.protect";
    private static final String TRUSTED = "kraken.auth.cross-site.trusted-origins";
    private static final String ALLOW = "kraken.auth.cross-site.allow";

    @Test
    void by_default_every_unsafe_request_is_judged_no_origin_is_trusted_and_no_path_allowed() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());
        assertEquals(CrossSiteProtection.ALL, settings.crossSite().crossSiteProtection());
        assertEquals(Set.of(), settings.crossSite().crossSiteTrustedOrigins());
        assertFalse(settings.crossSite().crossSiteAllow().matches("/webhooks/payment"));
    }

    @Test
    void the_values_are_read_as_configured() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(PROTECT, " Auth-Endpoints ",
                TRUSTED, "https://Shop.Portal.example, http://localhost:3000", ALLOW, "/webhooks/**,/payments/{return,cancel}"));
        assertEquals(CrossSiteProtection.AUTH_ENDPOINTS, settings.crossSite().crossSiteProtection());
        assertEquals(Set.of(new Origin("https", "shop.portal.example", 443), new Origin("http", "localhost", 3000)),
                settings.crossSite().crossSiteTrustedOrigins());
        assertTrue(settings.crossSite().crossSiteAllow().matches("/webhooks/stripe/events"));
        assertTrue(settings.crossSite().crossSiteAllow().matches("/payments/cancel"));
        assertFalse(settings.crossSite().crossSiteAllow().matches("/payments/other"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"none", "auth", "all,auth-endpoints", "true"})
    void a_protection_other_than_all_or_auth_endpoints_stops_deployment(String value) {
        assertOnlyProblemIs(PROTECT, PROTECT, value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"shop.portal.example", "https://shop.portal.example/", "null", "*",
        "https://*.portal.example", "https://portal.example, https://shop.portal.example/app"})
    void a_trusted_origin_must_be_an_exact_origin(String value) {
        assertOnlyProblemIs(TRUSTED, TRUSTED, value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"webhooks/**", "/webhooks/../dashboard", "!/webhooks/**", "/hooks/**x"})
    void an_invalid_glob_stops_deployment(String value) {
        assertOnlyProblemIs(ALLOW, ALLOW, value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/**", "/dashboard", "/dashboard/hooks/**", "/dash*/**", "/*/meter-reading",
        "/anon/k/*", "/{webhooks,anon/x/y}/**", "/**/hooks", "/webhooks/**,/anon"})
    void a_glob_that_could_match_inside_an_anon_or_dashboard_pathname_stops_deployment(String value) {
        assertOnlyProblemIs(ALLOW, ALLOW, value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/webhooks/**", "/dashboards/**", "/anonymous/x", "/api/payments/*", "/*.json"})
    void a_glob_beside_them_is_accepted(String value) {
        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd(ALLOW, value)).crossSite().crossSiteAllow().patterns().size() >= 1);
    }

    @Test
    void configured_pathnames_are_the_ones_judged() {
        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd(ALLOW, "/dashboard/hooks/**",
                "kraken.auth.routes.dashboard.pathname", "/account")).crossSite().crossSiteAllow().matches("/dashboard/hooks/x"));
        assertOnlyProblemIs(ALLOW, ALLOW, "/links/**", "kraken.auth.routes.anon.pathname", "/anon,/links");
    }

    private static void assertOnlyProblemIs(String key, String... config) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(config)));
        assertEquals(List.of(key), List.copyOf(e.problems().keySet()), e.getMessage());
    }
}
