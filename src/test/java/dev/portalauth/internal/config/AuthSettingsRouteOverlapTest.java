package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dashboard pathname inside an anon pathname, or the reverse, stops deployment naming both keys. */
class AuthSettingsRouteOverlapTest {

    private static MapConfig routes(String anon, String dashboard) {
        return MapConfig.withEndpointAnd(
                "kraken.auth.routes.anon.pathname", anon,
                "kraken.auth.routes.dashboard.pathname", dashboard);
    }

    @ParameterizedTest(name = "anon {0} / dashboard {1}")
    @CsvSource(delimiter = '|', value = {
        "/anon|/anon/dash|1|1",
        "/anon/dash|/anon|1|1",
        "/anon|/anon|1|1",
        "/feedback,/anon|/dashboard,/anon/x/y|2|2",
        "/|/dashboard|1|1",
        "/anon|/|1|1",
        "/anon/|/anon/dash/|1|1",
    })
    void overlapping_routes_are_refused_naming_both_keys_and_the_entries(String anon, String dashboard,
            int dashboardEntry, int anonEntry) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(routes(anon, dashboard)));
        assertEquals(List.of("kraken.auth.routes.dashboard.pathname"), List.copyOf(e.problems().keySet()));
        assertEquals("KPA-CONFIG-001 kraken.auth.routes.dashboard.pathname: entry " + dashboardEntry + " overlaps entry "
                + anonEntry + " of kraken.auth.routes.anon.pathname (one lies inside the other): "
                + "no path may be both anon and dashboard", e.getMessage());
    }

    @ParameterizedTest(name = "anon {0} / dashboard {1}")
    @CsvSource(delimiter = '|', value = {
        "/anon|/anonymous",
        "/anonymous|/anon",
        "/anon|/dashboard",
        "/app/anon|/app/dashboard",
        "/anon,/feedback|/dashboard,/account",
    })
    void routes_that_only_share_a_prefix_of_characters_are_distinct(String anon, String dashboard) {
        assertDoesNotThrow(() -> AuthSettings.from(routes(anon, dashboard)));
    }
}
