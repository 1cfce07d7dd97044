package dev.portalauth.spi;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request on one of the configured pathnames (anon, masquerade), as the extension points see it.
 *
 * @param http      the servlet request (headers, query parameters)
 * @param path      the normalised path inside the web application, e.g. {@code /anon/k-1/feedback}
 * @param pathname  the configured pathname that matched, e.g. {@code /anon}
 */
public record RouteRequest(HttpServletRequest http, String path, String pathname) {

    /** The path after the matched pathname, without a leading slash ({@code k-1/feedback}); empty at the pathname itself. */
    public String remainder() {
        return path.length() <= pathname.length() ? "" : path.substring(pathname.equals("/") ? 1 : pathname.length() + 1);
    }
}
