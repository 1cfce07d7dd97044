package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kraken.auth.paths} and {@code kraken.auth.mechanism.enabled}: where the module acts, and
 * whether its mechanism exists. Every route and built-in endpoint must lie inside the paths: one
 * outside would be served by the portal as a plain page (an anon link without its key check, a
 * dashboard without its login), so deployment stops naming both keys.
 */
class AuthSettingsPathsTest {

    private static final String PATHS = "kraken.auth.paths";
    private static final String MECHANISM = "kraken.auth.mechanism.enabled";

    @Test
    void by_default_the_module_acts_everywhere_with_its_mechanism() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());
        assertEquals(List.of("/**"), settings.routes().paths().patterns());
        assertTrue(settings.routes().paths().matches("/"));
        assertTrue(settings.routes().paths().matches("/staff/reports"));
        assertTrue(settings.routes().mechanismEnabled());
    }

    @Test
    void a_portal_carves_its_own_paths_out_and_turns_the_mechanism_off() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(PATHS, "/**, !/staff/**", MECHANISM, " False "));
        assertTrue(settings.routes().paths().matches("/anon/statement"));
        assertTrue(settings.routes().paths().matches("/staffing"));
        assertFalse(settings.routes().paths().matches("/staff"));
        assertFalse(settings.routes().paths().matches("/staff/reports"));
        assertFalse(settings.routes().mechanismEnabled());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"staff/**", "!/staff/**", "/staff/../anon", "/x/**y"})
    void paths_take_the_glob_syntax_of_the_other_path_keys(String value) {
        assertOnlyProblemIs(PATHS, PATHS, value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"no", "off", "0"})
    void the_mechanism_is_on_or_off(String value) {
        assertOnlyProblemIs(MECHANISM, MECHANISM, value);
    }

    @ParameterizedTest(name = "{1} outside {0}")
    @CsvSource(delimiter = ';', value = {
        "/**,!/anon/**; kraken.auth.routes.anon.pathname",
        "/**,!/dashboard/**; kraken.auth.routes.dashboard.pathname",
        "/**,!/login; kraken.auth.routes.login.pathname",
        "/**,!/masquerade; kraken.auth.routes.masquerade.pathname",
        "/**,!/api/auth/login; kraken.auth.api.login",
        "/**,!/api/auth/logout; kraken.auth.api.logout",
        "/**,!/api/auth/session; kraken.auth.api.session",
        "/**,!/api/auth/jwks.json; kraken.auth.api.jwks",
        "/**,!/api/auth/client.js; kraken.auth.graphql-proxy.client-path",
        "/{anon,dashboard,login,masquerade}/**,/api/auth/{login,logout,session,client.js}; kraken.auth.api.jwks"})
    void a_route_or_built_in_endpoint_outside_the_paths_stops_deployment_naming_both_keys(String paths, String key) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(PATHS, paths)));
        assertEquals(List.of(PATHS), List.copyOf(e.problems().keySet()), e.getMessage());
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void the_oauth_endpoints_must_lie_inside_when_oauth_is_configured() {
        String[] oauth = {"kraken.auth-endpoint", "https://auth.octopus.energy/authorize",
            "kraken.oauth-client-id", "portal", "kraken.auth.public-origin", "https://portal.example"};
        String[] carved = {PATHS, "/**,!/api/auth/kraken-oauth/callback"};
        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd(carved)).routes().paths().matches("/staff"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(concat(oauth, carved))));
        assertTrue(e.getMessage().contains("kraken.auth.api.kraken-oauth"), e.getMessage());
    }

    @Test
    void the_graphql_route_must_lie_inside_when_it_is_on() {
        String[] carved = {PATHS, "/**,!/api/graphql"};
        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd(carved)).routes().paths().matches("/staff"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd(concat(new String[] {"kraken.auth.graphql-proxy.documents", "/tmp/graphql"}, carved))));
        assertTrue(e.getMessage().contains("kraken.auth.graphql-proxy.path"), e.getMessage());
    }

    @Test
    void configured_routes_are_the_ones_checked() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(PATHS, "/portal/**",
                "kraken.auth.routes.anon.pathname", "/portal/anon", "kraken.auth.routes.dashboard.pathname", "/portal/dashboard",
                "kraken.auth.routes.login.pathname", "/portal/login", "kraken.auth.routes.masquerade.pathname", "/portal/masquerade",
                "kraken.auth.api.login", "/portal/api/login", "kraken.auth.api.logout", "/portal/api/logout",
                "kraken.auth.api.session", "/portal/api/session", "kraken.auth.api.jwks", "/portal/api/jwks.json",
                "kraken.auth.graphql-proxy.client-path", "/portal/api/client.js"));
        assertFalse(settings.routes().paths().matches("/staff"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = new String[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void assertOnlyProblemIs(String key, String... config) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd(config)));
        assertEquals(List.of(key), List.copyOf(e.problems().keySet()), e.getMessage());
    }
}
