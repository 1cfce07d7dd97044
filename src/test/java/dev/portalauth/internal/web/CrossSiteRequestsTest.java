package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.internal.config.Origin;

/**
 * SPEC 8: a state-changing request is cross-site when ANY signal says so, whatever the other
 * says; with neither header it passes. The portal here is {@code https://portal.example}.
 */
class CrossSiteRequestsTest {

    private static final Optional<Origin> PORTAL = Origin.parse("https://portal.example");

    /** Columns: the {@code Sec-Fetch-Site} values; {@code -} means the header is absent. */
    private static final List<String> FETCH_SITE = List.of("-", "same-origin", "none", "same-site", "cross-site",
            "Same-Origin", "");

    /** Rows: an {@code Origin} value, then the verdict under each column (ok = passes, X = cross-site). */
    private static final String[][] TABLE = {
        //  Origin                                      -    s-o   none  s-s  c-s  S-O  ""
        {"-",                                           "ok", "ok", "ok", "X", "X", "X", "X"},
        {"https://portal.example",                      "ok", "ok", "ok", "X", "X", "X", "X"},
        {"https://portal.example:443",                  "ok", "ok", "ok", "X", "X", "X", "X"},
        {"HTTPS://Portal.Example",                      "ok", "ok", "ok", "X", "X", "X", "X"},
        {"https://evil.example",                        "X",  "X",  "X",  "X", "X", "X", "X"},
        {"https://portal.example:8443",                 "X",  "X",  "X",  "X", "X", "X", "X"},
        {"http://portal.example",                       "X",  "X",  "X",  "X", "X", "X", "X"},
        {"https://sub.portal.example",                  "X",  "X",  "X",  "X", "X", "X", "X"},
        {"https://portal.example.evil.example",         "X",  "X",  "X",  "X", "X", "X", "X"},
        {"null",                                        "X",  "X",  "X",  "X", "X", "X", "X"},
        {"",                                            "X",  "X",  "X",  "X", "X", "X", "X"},
        {"https://portal.example/",                     "X",  "X",  "X",  "X", "X", "X", "X"},
        {"https://portal.example@evil.example",         "X",  "X",  "X",  "X", "X", "X", "X"},
        {"%%%",                                         "X",  "X",  "X",  "X", "X", "X", "X"},
    };

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : TABLE) {
            for (int column = 0; column < FETCH_SITE.size(); column++) {
                cases.add(Arguments.of(row[0], FETCH_SITE.get(column), row[column + 1].equals("X")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "Origin [{0}] + Sec-Fetch-Site [{1}] -> cross-site {2}")
    @MethodSource("everyCombination")
    void any_signal_saying_cross_site_refuses_whatever_the_other_says(String origin, String fetchSite, boolean crossSite) {
        assertEquals(crossSite, CrossSiteRequests.isCrossSite(absentIfDash(fetchSite), absentIfDash(origin), PORTAL));
    }

    @Test
    void the_table_covers_every_origin_row_and_fetch_site_column() {
        assertEquals(14 * 7, everyCombination().count());
    }

    @Test
    void with_no_known_portal_origin_any_origin_header_is_cross_site() {
        assertEquals(true, CrossSiteRequests.isCrossSite("same-origin", "https://portal.example", Optional.empty()));
        assertEquals(false, CrossSiteRequests.isCrossSite("same-origin", null, Optional.empty()));
        assertEquals(false, CrossSiteRequests.isCrossSite(null, null, Optional.empty()));
    }

    private static String absentIfDash(String value) {
        return value.equals("-") ? null : value;
    }
}
