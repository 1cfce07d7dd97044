package dev.portalauth.spi;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** A request on one of the configured pathnames (anon, masquerade), as the extension points see it. */
public interface RouteRequest {

    /** {@return the servlet request (headers; read query parameters with {@link #queryParameter})} */
    HttpServletRequest http();

    /** {@return the normalised path inside the web application, e.g. {@code /anon/k-1/feedback}} */
    String path();

    /** {@return the configured pathname that matched, e.g. {@code /anon}} */
    String pathname();

    /**
     * A parameter of the query string (never of a form body, which belongs to the application's
     * resource: reading it here would consume it).
     *
     * @param name the parameter's name
     * @return its first value, or empty when the query has none
     */
    Optional<String> queryParameter(String name);

    /** {@return the path after the matched pathname, without a leading slash ({@code k-1/feedback}); empty at the pathname itself} */
    default String remainder() {
        String path = path();
        String pathname = pathname();
        return path.length() <= pathname.length() ? "" : path.substring(pathname.equals("/") ? 1 : pathname.length() + 1);
    }
}
