package dev.portalauth.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;

/** {@code 303 See Other} to paths of this application; the only way the module redirects. */
final class Redirects {

    /** The bound of a {@code next} the module carries, in bytes once encoded. */
    static final int MAX_ENCODED_NEXT = 512;

    private Redirects() {
    }

    /** {@code 303} to {@code path} (inside the application; the context root is prepended). */
    static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    static String withError(String path, AuthErrorCode code) {
        return path + "?error=" + code.name();
    }

    static String withNext(String path, String next) {
        return path + "?next=" + encoded(next);
    }

    /**
     * Whether {@code next} is short enough to carry: at most {@link #MAX_ENCODED_NEXT} bytes once
     * encoded. A longer one crowds the {@code Location} header, so it is dropped for the default target.
     */
    static boolean fitsNext(String next) {
        return fitsNext(next, MAX_ENCODED_NEXT);
    }

    /** Whether {@code next} takes at most {@code maxEncoded} bytes once encoded. */
    static boolean fitsNext(String next, int maxEncoded) {
        return next.length() <= maxEncoded && encoded(next).length() <= maxEncoded;
    }

    private static String encoded(String next) {
        return URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
