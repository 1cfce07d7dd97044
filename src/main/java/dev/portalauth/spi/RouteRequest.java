package dev.portalauth.spi;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.support.QueryStrings;

/**
 * A request on one of the configured pathnames (anon, masquerade), as the extension points see it.
 *
 * @param http      the servlet request (headers, query parameters)
 * @param path      the normalised path inside the web application, e.g. {@code /anon/k-1/feedback}
 * @param pathname  the configured pathname that matched, e.g. {@code /anon}
 */
public record RouteRequest(HttpServletRequest http, String path, String pathname) {

    /**
     * A parameter of the query string (never of a form body, which belongs to the application's
     * resource: reading it here would consume it).
     */
    public Optional<String> queryParameter(String name) {
        return QueryStrings.first(http.getQueryString(), name);
    }

    /** The path after the matched pathname, without a leading slash ({@code k-1/feedback}); empty at the pathname itself. */
    public String remainder() {
        return path.length() <= pathname.length() ? "" : path.substring(pathname.equals("/") ? 1 : pathname.length() + 1);
    }
}
