package dev.portalauth.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;

/** {@code 303 See Other} to paths of this application; the only way the module redirects. */
final class Redirects {

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
        return path + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
