package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectTargetsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/dashboard", "/dashboard/account/A-1?tab=bills&x=1", "/a?next=https://elsewhere",
            "/a#section", "/caf%C3%A9", "/search?q=100%25", "/search?q=100%", "/a/./b", "/javascript:alert(1)"})
    void a_same_application_relative_path_is_accepted_as_it_was(String candidate) {
        assertEquals(Optional.of(candidate), RedirectTargets.safeRelative(candidate));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "dashboard", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "\\/evil.example", "https:evil.example", "https://evil.example", "javascript:alert(1)", "data:text/html,x",
            "/\r\nSet-Cookie:x=1", "/a\nb", "/\t/evil.example", "/a\u0000", "/a b", "/caf\u00e9",
            "%2F%2Fevil.example", "/%2F/evil.example", "/%2fevil.example", "/%5Cevil.example", "/%0d%0aSet-Cookie:x=1",
            "/a?x=%0d%0a", "/%252F/evil.example", "/%25252F/evil.example", "/.//evil.example", "/a/\\evil"})
    void anything_else_is_refused(String candidate) {
        assertEquals(Optional.empty(), RedirectTargets.safeRelative(candidate));
    }

    @Test
    void nothing_and_overlong_input_are_refused() {
        assertEquals(Optional.empty(), RedirectTargets.safeRelative(null));
        assertEquals(Optional.empty(), RedirectTargets.safeRelative("/" + "a".repeat(RedirectTargets.MAX_LENGTH)));
        String longest = "/" + "a".repeat(RedirectTargets.MAX_LENGTH - 1);
        assertEquals(Optional.of(longest), RedirectTargets.safeRelative(longest));
    }

    @Test
    void a_value_still_encoded_after_three_decodings_is_refused() {
        assertEquals(Optional.of("/%252541"), RedirectTargets.safeRelative("/%252541"));
        assertEquals(Optional.empty(), RedirectTargets.safeRelative("/%25252541"));
    }
}
