package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;

/** The built-in endpoints that only read: anything but {@code GET} is {@code 405} with {@code Allow: GET}. */
final class HttpMethods {

    private HttpMethods() {
    }

    /** True when the request was answered {@code 405} because it is not a {@code GET}. */
    static boolean refusedUnlessGet(RequestAuth auth) throws IOException {
        if ("GET".equals(auth.request().getMethod())) {
            return false;
        }
        auth.response().setHeader("Allow", "GET");
        auth.response().sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        return true;
    }
}
