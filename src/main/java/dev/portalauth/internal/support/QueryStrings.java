package dev.portalauth.internal.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a parameter from a raw query string only, or from a form body read as a string (encoded
 * the same way). {@code ServletRequest.getParameter} would mix the two, and reading a form body
 * through it consumes the body the application's own resource must still see.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** The first value of {@code name}, percent-decoded; empty when absent or malformed. */
    public static Optional<String> first(String queryString, String name) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
