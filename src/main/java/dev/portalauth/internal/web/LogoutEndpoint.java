package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AuthSettings;

/**
 * {@code POST /api/auth/logout}: ends everything it can — every cookie of a session and the guest's,
 * and any refresh result this server would still hand to the old refresh token; {@code 303} login
 * or {@code 204}.
 */
final class LogoutEndpoint implements BuiltInEndpoint {

    private final AuthChain chain;
    private final AuthSettings settings;
    private final StateChanges stateChanges;

    LogoutEndpoint(AuthChain chain, AuthSettings settings, StateChanges stateChanges) {
        this.chain = chain;
        this.settings = settings;
        this.stateChanges = stateChanges;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        chain.logout(auth);
        if (LoginRequest.wantsJson(auth.request())) {
            auth.response().setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Redirects.seeOther(auth.request(), auth.response(), settings.loginPathname());
        }
    }
}
