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

class GlobsTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "/anon/help,/anon/help,true",
            "/anon/help,/anon/help/x,false",
            "/anon/help,/anon,false",
            "/anon/*,/anon/k,true",
            "/anon/*,/anon,false",
            "/anon/*,/anon/k/x,false",
            "/anon/*/static,/anon/k/static,true",
            "/static/*.css,/static/site.css,true",
            "/static/*.css,/static/site.js,false",
            "/static/*.css,/static/.css,true",
            "/a*b*c,/axxbyyc,true",
            "/a*b*c,/axxbyy,false",
            "/anon/**,/anon,true",
            "/anon/**,/anon/k/x/y,true",
            "/anon/**,/anonymous,false",
            "/**/static/**,/static,true",
            "/**/static/**,/a/b/static/c,true",
            "/**/static/**,/a/b/statics/c,false",
            "/**/*.png,/img/x/logo.png,true",
            "/**/*.png,/logo.png,true",
            "/**/*.png,/logo.png/x,false",
            "/a/**/b/**/c,/a/x/b/y/z/c,true",
            "/a/**/b/**/c,/a/b/c,true",
            "/a/**/b/**/c,/a/c/b,false",
            "/,/,true",
            "/,/a,false",
            "/*,/,false",
            "/**,/,true",
    })
    void star_is_any_run_within_one_segment_and_double_star_any_number_of_whole_segments(String glob, String path, boolean expected) {
        assertEquals(expected, Globs.of(List.of(glob)).matches(path));
    }

    @Test
    void all_matches_every_path_and_none_matches_nothing() {
        assertTrue(Globs.ALL.matches("/"));
        assertTrue(Globs.ALL.matches("/a/b/c"));
        assertFalse(Globs.NONE.matches("/"));
        assertFalse(Globs.of(List.of()).matches("/a"));
    }

    @Test
    void any_of_several_globs_may_match() {
        Globs globs = Globs.of(List.of("/anon/help", "/anon/*/static/**"));
        assertTrue(globs.matches("/anon/help"));
        assertTrue(globs.matches("/anon/k/static/app.js"));
        assertFalse(globs.matches("/anon/k/account"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"anon/*", "/anon/a**", "/anon/**x", "/a//b", "/a/../b", "/a%2Fb", "/a#b", "!anon/*"})
    void a_glob_must_be_a_canonical_path_with_double_star_only_as_a_whole_segment(String glob) {
        assertThrows(IllegalArgumentException.class, () -> Globs.of(List.of(glob)));
    }

    @ParameterizedTest(name = "{0} may match within {1}: {2}")
    @CsvSource({
            "/**,/dashboard,true",
            "/dashboard,/dashboard,true",
            "/dashboard/**,/dashboard,true",
            "/dashboard/hooks/*,/dashboard,true",
            "/dash*,/dashboard,true",
            "/*/x,/dashboard,true",
            "/**/x,/dashboard,true",
            "'/{hooks,dashboard/a/b}',/dashboard,true",
            "/hooks/**,/,true",
            "/anon,/anon/k,false",
            "/anon/*,/anon/k,true",
            "/dashboards/**,/dashboard,false",
            "/hooks/**,/dashboard,false",
            "/*.json,/dashboard,false",
            "/a/b/c,/a/x,false",
    })
    void mayMatchWithinSaysWhetherAPathAtOrBelowThePathnameCouldMatch(String glob, String pathname, boolean expected) {
        assertEquals(expected, Globs.of(Globs.split(glob)).mayMatchWithin(pathname));
    }
}
