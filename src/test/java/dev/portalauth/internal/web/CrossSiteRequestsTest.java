package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.internal.config.Origin;

/**
 * A state-changing request is cross-site when ANY signal says so, whatever the other says, except
 * {@code Origin: null} vouched for by {@code Sec-Fetch-Site: same-origin} (a form on a no-referrer
 * page) and a trusted origin; {@code Referer} counts only without both headers; with no signal at
 * all it passes. The portal here is {@code https://portal.example}.
 */
class CrossSiteRequestsTest {

    private static final Optional<Origin> PORTAL = Origin.parse("https://portal.example");
    private static final CrossSiteRequests UNTRUSTING = new CrossSiteRequests(Set.of());
    private static final CrossSiteRequests TRUSTING_SIBLING = new CrossSiteRequests(
            Set.of(Origin.parse("https://sub.portal.example").orElseThrow()));

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
        {"null",                                        "X",  "ok", "X",  "X", "X", "X", "X"},
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
        assertEquals(crossSite, UNTRUSTING.isCrossSite(absentIfDash(fetchSite), absentIfDash(origin), null, PORTAL));
    }

    @ParameterizedTest(name = "Origin [{0}] + Sec-Fetch-Site [{1}] -> cross-site {2}")
    @MethodSource("everyCombination")
    void a_referer_changes_nothing_when_either_header_is_present(String origin, String fetchSite, boolean crossSite) {
        if (!origin.equals("-") || !fetchSite.equals("-")) {
            assertEquals(crossSite, UNTRUSTING.isCrossSite(absentIfDash(fetchSite), absentIfDash(origin),
                    "https://evil.example/form", PORTAL));
            assertEquals(crossSite, UNTRUSTING.isCrossSite(absentIfDash(fetchSite), absentIfDash(origin),
                    "https://portal.example/form", PORTAL));
        }
    }

    @ParameterizedTest(name = "Referer [{0}] alone -> cross-site {1}")
    @CsvSource({
        "https://portal.example/anon/page?x=1, false",
        "https://portal.example:443/, false",
        "https://evil.example/portal.example, true",
        "http://portal.example/, true",
        "https://portal.example.evil.example/, true",
        "https://portal.example@evil.example/, true",
        "https://user@portal.example/, true",
        "not a url, true",
        "'', true",
    })
    void a_referer_alone_is_the_signal_of_an_older_browser(String referer, boolean crossSite) {
        assertEquals(crossSite, UNTRUSTING.isCrossSite(null, null, referer, PORTAL));
    }

    @ParameterizedTest(name = "Origin [{0}] + Sec-Fetch-Site [{1}] -> cross-site {2}")
    @CsvSource({
        "https://sub.portal.example, same-site, false",
        "https://sub.portal.example, cross-site, false",
        "https://sub.portal.example, -, false",
        "https://sub.portal.example:8443, same-site, true",
        "http://sub.portal.example, same-site, true",
        "https://other.portal.example, same-site, true",
        "-, same-site, true",
        "null, same-site, true",
        "https://portal.example, same-site, true",
        "https://portal.example, same-origin, false",
    })
    void a_trusted_origin_counts_as_same_origin_and_nothing_else_does(String origin, String fetchSite, boolean crossSite) {
        assertEquals(crossSite, TRUSTING_SIBLING.isCrossSite(absentIfDash(fetchSite), absentIfDash(origin), null, PORTAL));
    }

    @Test
    void a_referer_from_a_trusted_origin_is_same_origin_too() {
        assertEquals(false, TRUSTING_SIBLING.isCrossSite(null, null, "https://sub.portal.example/x", PORTAL));
    }

    @Test
    void the_table_covers_every_origin_row_and_fetch_site_column() {
        assertEquals(14 * 7, everyCombination().count());
    }

    @Test
    void with_no_known_portal_origin_any_origin_header_is_cross_site() {
        assertEquals(true, UNTRUSTING.isCrossSite("same-origin", "https://portal.example", null, Optional.empty()));
        assertEquals(true, UNTRUSTING.isCrossSite(null, null, "https://portal.example/", Optional.empty()));
        assertEquals(false, UNTRUSTING.isCrossSite("same-origin", null, null, Optional.empty()));
        assertEquals(false, UNTRUSTING.isCrossSite(null, null, null, Optional.empty()));
    }

    private static String absentIfDash(String value) {
        return value.equals("-") ? null : value;
    }
}
