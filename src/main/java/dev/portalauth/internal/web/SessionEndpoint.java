package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;

/** {@code GET /api/auth/session}: the {@code useSession} of this world. */
final class SessionEndpoint implements BuiltInEndpoint {

    private final SessionJson sessionJson;

    SessionEndpoint(SessionJson sessionJson) {
        this.sessionJson = sessionJson;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        JsonResponses.write(auth.response(), HttpServletResponse.SC_OK, sessionJson.of(auth).build());
    }
}
