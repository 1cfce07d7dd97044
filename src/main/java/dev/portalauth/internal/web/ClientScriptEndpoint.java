package dev.portalauth.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.GraphqlProxySettings;
import dev.portalauth.internal.graphql.GraphqlMessages;

/**
 * {@code GET /api/auth/client.js}: a small ES module for browser code ({@code session()},
 * {@code graphql(idOrQuery, variables)}, {@code logout({everywhere})}) that knows the configured
 * paths. Cacheable like the JWKS, and for the same reason: no step of the chain runs for it, so it
 * never sets or clears a cookie.
 */
final class ClientScriptEndpoint implements BuiltInEndpoint {

    private static final String SOURCE = "client.js";

    private final String paths;
    private final String module;
    private final JsonProvider json;

    ClientScriptEndpoint(EndpointSettings endpoints, GraphqlProxySettings graphqlProxy, JsonProvider json) {
        this.json = json;
        this.paths = "const PATHS = " + json.createObjectBuilder()
                .add("session", endpoints.sessionEndpoint())
                .add("graphql", graphqlProxy.graphqlProxyPath())
                .add("logout", endpoints.logoutEndpoint())
                .build() + ";\n";
        this.module = source();
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        HttpServletResponse response = auth.response();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/javascript");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The context root is the container's to say, so it is written per request (one string).
        response.getWriter().write("const BASE = " + json.createValue(auth.request().getContextPath()) + ";\n"
                + paths + module);
    }

    private static String source() {
        try (InputStream in = ClientScriptEndpoint.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(GraphqlMessages.CLIENT_SCRIPT_MISSING.format(SOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
