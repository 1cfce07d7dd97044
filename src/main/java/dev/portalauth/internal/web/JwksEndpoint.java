package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.token.CurrentKeys;

/**
 * {@code GET /api/auth/jwks.json}: the public halves of the current and previous keys, so any
 * service verifies guest and application tokens with a standard JWT library.
 */
final class JwksEndpoint implements BuiltInEndpoint {

    private final CurrentKeys keys;

    JwksEndpoint(CurrentKeys keys) {
        this.keys = keys;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        HttpServletResponse response = auth.response();
        if (!"GET".equals(auth.request().getMethod())) {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        // Each key set renders its JWKS once; a reload brings the next set's.
        response.getWriter().write(keys.current().publicJwksJson());
    }
}
