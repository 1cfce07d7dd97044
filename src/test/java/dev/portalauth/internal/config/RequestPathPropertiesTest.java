package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequestPathPropertiesTest {

    /** Paths made of the pieces that path tricks are made of. */
    @Provide
    Arbitrary<String> trickyPaths() {
        return Arbitraries.of("/", "//", ".", "..", "%2e", "%2E%2e", "%2F", "%5C", "\\", ";", ";jsessionid=1", "a", "anon", "k",
                        "%41", "%", "%C3%A9", "é", "%00", "~", "+")
                .list().ofMaxSize(12)
                .map(pieces -> String.join("", pieces));
    }

    @Property
    void a_canonical_path_is_its_own_canonical_form(@ForAll("trickyPaths") String raw) {
        String canonical = RequestPath.normalize(raw);
        if (canonical != null && canonical.indexOf('%') < 0) {
            assertEquals(canonical, RequestPath.normalize(canonical));
        }
    }

    @Property
    void a_canonical_path_has_no_empty_dot_or_dot_dot_segment_and_no_backslash(@ForAll("trickyPaths") String raw) {
        String canonical = RequestPath.normalize(raw);
        if (canonical != null) {
            String withFinalSlash = canonical.equals("/") ? canonical : canonical + "/";
            assertTrue(canonical.startsWith("/"), canonical);
            assertFalse(withFinalSlash.contains("//"), canonical);
            assertFalse(withFinalSlash.contains("/./"), canonical);
            assertFalse(withFinalSlash.contains("/../"), canonical);
            assertFalse(canonical.contains("\\"), canonical);
        }
    }

    @Property
    void any_input_gives_a_canonical_path_or_null_and_never_an_exception(@ForAll String raw) {
        String canonical = RequestPath.normalize(raw);
        if (canonical != null) {
            assertTrue(canonical.startsWith("/"), canonical);
        }
    }

    @Provide
    Arbitrary<String> contextPaths() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMinSize(0).ofMaxSize(2)
                .map(segments -> segments.stream().map(s -> "/" + s).reduce("", String::concat));
    }

    @Property
    void behind_its_context_path_a_path_is_judged_as_at_the_root(@ForAll("contextPaths") String contextPath,
                                                                  @ForAll("trickyPaths") String path) {
        String uri = contextPath + "/" + path;
        assertEquals(RequestPath.normalize("/" + path), RequestPath.inside(uri, contextPath));
    }

    /** The context path as a server may also have matched it: one of its letters percent-encoded or upper-cased. */
    @Property
    void a_uri_with_its_context_path_spelt_otherwise_is_refused(@ForAll("contextPaths") String contextPath,
                                                              @ForAll("trickyPaths") String path,
                                                              @ForAll boolean encode, @ForAll int position) {
        if (contextPath.isEmpty()) {
            return;
        }
        int at = 1 + Math.floorMod(position, contextPath.length() - 1);
        if (contextPath.charAt(at) == '/') {
            at--;
        }
        char letter = contextPath.charAt(at);
        String spelt = encode ? String.format("%%%02X", (int) letter) : String.valueOf(Character.toUpperCase(letter));
        String uri = contextPath.substring(0, at) + spelt + contextPath.substring(at + 1) + "/" + path;
        assertNull(RequestPath.inside(uri, contextPath));
    }
}
