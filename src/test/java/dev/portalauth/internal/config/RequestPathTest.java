package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/anon", "/anon/k3y-1/account/A-123/feedback", "/api/auth/jwks.json", "/a/.b/..c/...", "/a+b/~x"})
    void an_already_canonical_path_is_returned_as_it_is(String path) {
        assertSame(path, RequestPath.normalize(path));
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "''|/",
            "anon/k|/anon/k",
            "/anon/|/anon",
            "//anon//k//|/anon/k",
            "/anon/k;v=1|/anon/k",
            "/anon/k;jsessionid=ABC|/anon/k",
            "/anon/k;|/anon/k",
            "/dashboard//statement.html;x|/dashboard/statement.html",
            "/anon/a%3Bb|/anon/a;b",
            "/caf%C3%A9|/café",
            "/café|/café",
            "/a%20b|/a b",
            "/100%2525|/100%25",
            "/%2e%2e%2e|/...",
            "/a/.b/..c|/a/.b/..c",
            "/d%61shboard|/dashboard",
    })
    void a_path_is_canonical_once_decoded_without_empty_segments_and_its_last_path_parameter(String raw,
                                                                                              String expected) {
        assertEquals(expected, RequestPath.normalize(raw));
    }

    /** What servers map otherwise than they read it: each would let a path be judged as one and served as another. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            // a path parameter before the last segment (one server cuts the URI at the first ';')
            "/dashboard/statement.html;/..;/..;/x", "/anon;jsessionid=ABC/k", "/anon;x/../dashboard",
            "/dashboard;x/", "/a;/b",
            // dot segments, as they are or percent-encoded in any case, with a path parameter or not
            "/anon/./k", "/anon/k/.", "/anon/../dashboard", "/..", "/.", "/../../etc/passwd", "/anon/k/..;",
            "/x/..;/dashboard", "/anon/%2e%2e/dashboard", "/anon/%2E%2E/dashboard", "/anon/%2e%2E/dashboard",
            "/anon/.%2e/dashboard", "/anon/%2E./dashboard", "/anon/%2e/k", "/anon/k/%2e%2e",
            // encoded or raw separators
            "/anon%2F..%2Fdashboard", "/anon%2fk", "/anon%5C..%5Cdashboard", "/anon%5ck", "/anon\\..\\dashboard",
            "/anon\\k",
            // control characters, malformed percent-encoding, bytes that are not UTF-8
            "/anon/%", "/anon/%2", "/anon/%zz", "/anon/%2g", "/anon/%00", "/anon/k%00.html", "/anon/%0d%0a",
            "/a\u0000b", "/a\tb", "/a\u007fb", "/a%7Fb", "/%C0%AF", "/%c0%ae%c0%ae", "/%C3", "/%ED%A0%80",
            "/a\uD800b", "/%C2%85", "/%\u0663\u0663"})
    void a_path_that_servers_may_read_otherwise_is_refused(String raw) {
        assertNull(RequestPath.normalize(raw));
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "/dashboard/statement.html|/dashboard/statement.html",
            "''|/",
            "/dashboard//statement.html/|/dashboard/statement.html",
            "//dashboard|/dashboard",
            "/rs/anon;x|/rs/anon;x",
            "/a%2Fb|/a%2Fb",
    })
    void a_mapped_path_is_collapsed_and_not_decoded_again(String mapped, String expected) {
        assertEquals(expected, RequestPath.collapse(mapped));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/anon/../dashboard", "/anon/./k", "/..", "/a\\b", "/a\u0000b"})
    void a_mapped_path_with_a_dot_segment_a_backslash_or_a_control_character_is_refused(String mapped) {
        assertNull(RequestPath.collapse(mapped));
    }

    @ParameterizedTest(name = "[{0}] at [{1}] is {2}")
    @CsvSource(delimiter = '|', value = {
            "/anon/k|''|/anon/k",
            "/|''|/",
            "/portal/dashboard|/portal|/dashboard",
            "/portal/|/portal|/",
            "/portal|/portal|/",
            "/portal//dashboard|/portal|/dashboard",
            "/a/b/dashboard|/a/b|/dashboard",
    })
    void the_path_inside_the_application_follows_the_context_path(String uri, String contextPath, String expected) {
        assertEquals(expected, RequestPath.inside(uri, contextPath));
    }

    /** Each URI reached the application at {@code /portal} on some server, but does not begin with it. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/%70ortal/dashboard", "/%70ortal", "/p%6Frtal/anon/../dashboard", "/PORTAL/dashboard",
            "/Portal/dashboard", "/portal;x=1/dashboard", "/portal%2Fdashboard", "/portalx/dashboard", "/portal\\dashboard",
            "//portal/dashboard", "/./portal/dashboard", "/x/../portal/dashboard", "/portal%2e/dashboard", "", "dashboard"})
    void a_uri_that_does_not_begin_with_the_context_path_is_refused(String uri) {
        assertNull(RequestPath.inside(uri, "/portal"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"*", "dashboard", "anon/k"})
    void at_the_root_a_uri_that_does_not_begin_with_a_slash_is_refused(String uri) {
        assertNull(RequestPath.inside(uri, ""));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/portal/anon/%zz", "/portal/anon/%01", "/portal/%C3", "/portal/anon/../dashboard",
            "/portal/anon/%2e%2e/dashboard", "/portal/x;y/dashboard"})
    void a_malformed_path_after_the_context_path_is_refused(String uri) {
        assertNull(RequestPath.inside(uri, "/portal"));
    }

    @ParameterizedTest(name = "id [{0}] in [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "ABC123|http://h/page|true",
            "ABC123|http://h/page;jsessionid=ABC123|true",
            "ABC123.node1|http://h/a/page;JSESSIONID=ABC123.node1|true",
            "1/dashboard/statement.html|http://h/rs|false",
            "1\\..\\x|http://h/rs|false",
            "1|http://h/rs;jsessionid=1/anon/k/fixed|false",
            "1|http://h/rs;jsessionid=1\\anon|false",
    })
    void a_session_id_read_from_the_uri_must_have_stood_in_its_last_segment(String id, String url, boolean last) {
        assertEquals(last, RequestPath.sessionIdInLastSegment(id, url));
    }
}
