package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.LogoutOutcome;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.RouteSettings;

/**
 * {@code POST /api/auth/logout}: ends everything it can — the session's refresh token at Kraken,
 * every cookie of a session and the guest's, and any refresh result this server would still hand to
 * the old refresh token; with {@code everywhere=true} (form field or JSON member) every Kraken token
 * of the user; {@code 303} login, or {@code 200 {"revoked":…,"everywhere":…}} for JSON.
 */
final class LogoutEndpoint implements BuiltInEndpoint {

    private final AuthChain chain;
    private final RouteSettings routes;
    private final StateChanges stateChanges;
    private final JsonProvider json;

    LogoutEndpoint(AuthChain chain, RouteSettings routes, StateChanges stateChanges, JsonProvider json) {
        this.chain = chain;
        this.routes = routes;
        this.stateChanges = stateChanges;
        this.json = json;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        LogoutOutcome outcome = chain.logout(auth, LogoutRequest.everywhere(auth.request(), json));
        if (LoginRequest.wantsJson(auth.request())) {
            JsonResponses.write(auth.response(), HttpServletResponse.SC_OK, json.createObjectBuilder()
                    .add("revoked", outcome.revoked()).add("everywhere", outcome.everywhere()).build());
        } else {
            Redirects.seeOther(auth.request(), auth.response(), routes.loginPathname());
        }
    }
}
