package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathnamesTest {

    private final Pathnames pathnames = Pathnames.of(List.of("/anon", "/anon/special", "/feedback/"));

    @ParameterizedTest(name = "{0} is covered by {1}")
    @CsvSource({
            "/anon,/anon",
            "/anon/k/account/A-1,/anon",
            "/anon/special,/anon/special",
            "/anon/special/k,/anon/special",
            "/anon/specialist,/anon",
            "/feedback,/feedback",
            "/feedback/1,/feedback",
    })
    void a_pathname_covers_itself_and_every_path_below_it_and_the_longest_wins(String path, String expected) {
        assertEquals(expected, pathnames.match(path));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/anonymous", "/ano", "/an", "/feedbacks", "/x/anon"})
    void a_path_that_merely_shares_a_prefix_string_is_not_covered(String path) {
        assertNull(pathnames.match(path));
    }

    @Test
    void the_root_pathname_covers_everything() {
        Pathnames root = Pathnames.of(List.of("/", "/anon"));
        assertEquals("/", root.match("/dashboard/x"));
        assertEquals("/", root.match("/"));
        assertEquals("/anon", root.match("/anon/k"));
    }

    @Test
    void the_configuration_order_is_kept_without_duplicates_and_the_first_is_the_first_configured() {
        Pathnames dashboards = Pathnames.of(List.of("/dashboard", "/account/", "/account"));
        assertEquals(List.of("/dashboard", "/account"), dashboards.all());
        assertEquals("/dashboard", dashboards.first());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"anon", "/anon/*", "/anon/**", "/a//b", "/a/./b", "/a/../b", "/a%20b", "/a;b", "/a?b", "/a#b", "/a\\b", "/a\tb"})
    void a_pathname_must_be_written_in_canonical_form(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pathnames.of(List.of("/ok", entry)));
        assertEquals("entry 2 ", e.getMessage().substring(0, 8));
    }

    @Test
    void at_least_one_pathname_is_needed() {
        assertThrows(IllegalArgumentException.class, () -> Pathnames.of(List.of()));
    }
}
