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

    @ParameterizedTest(name = "[{0}] lands on {1}")
    @CsvSource(delimiter = '|', value = {
            "''|/",
            "anon/k|/anon/k",
            "/anon/|/anon",
            "//anon//k//|/anon/k",
            "/anon/./k/.|/anon/k",
            "/anon/../dashboard|/dashboard",
            "/anon/k/../../dashboard/|/dashboard",
            "/../../etc/passwd|/etc/passwd",
            "/..|/",
            "/anon/%2e%2e/dashboard|/dashboard",
            "/anon/%2E%2E/dashboard|/dashboard",
            "/anon/.%2e/dashboard|/dashboard",
            "/anon%2F..%2Fdashboard|/dashboard",
            "/anon%2fk|/anon/k",
            "/anon%5C..%5Cdashboard|/dashboard",
            "/anon\\..\\dashboard|/dashboard",
            "/anon;jsessionid=ABC/k|/anon/k",
            "/anon/k;v=1|/anon/k",
            "/anon;x/../dashboard|/dashboard",
            "/anon/a%3Bb|/anon/a;b",
            "/caf%C3%A9|/café",
            "/café|/café",
            "/a%20b|/a b",
            "/100%2525|/100%25",
    })
    void a_path_is_judged_by_where_it_lands(String raw, String expected) {
        assertEquals(expected, RequestPath.normalize(raw));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/anon/%", "/anon/%2", "/anon/%zz", "/anon/%2g", "/anon/%00", "/anon/%0d%0a", "/a\u0000b", "/a\tb",
            "/a\u007fb", "/%C0%AF", "/%C3", "/%ED%A0%80", "/a\uD800b", "/%C2%85", "/%\u0663\u0663"})
    void a_malformed_path_is_refused(String raw) {
        assertNull(RequestPath.normalize(raw));
    }

    @ParameterizedTest(name = "[{0}] at [{1}] is {2}")
    @CsvSource(delimiter = '|', value = {
            "/anon/k|''|/anon/k",
            "/|''|/",
            "/portal/dashboard|/portal|/dashboard",
            "/portal/|/portal|/",
            "/portal|/portal|/",
            "/portal/anon/../dashboard|/portal|/dashboard",
            "/portal/anon/%2e%2e/dashboard|/portal|/dashboard",
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
    @ValueSource(strings = {"/portal/anon/%zz", "/portal/anon/%01", "/portal/%C3"})
    void a_malformed_path_after_the_context_path_is_refused(String uri) {
        assertNull(RequestPath.inside(uri, "/portal"));
    }
}
