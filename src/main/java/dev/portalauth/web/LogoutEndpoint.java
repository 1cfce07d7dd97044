package dev.portalauth.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.chain.AuthChain;
import dev.portalauth.chain.CookieWriter;
import dev.portalauth.chain.RequestAuth;
import dev.portalauth.config.AuthSettings;

/**
 * {@code POST /api/auth/logout}: ends everything it can — every cookie of a session and the guest's,
 * and any refresh result this server would still hand to the old refresh token; {@code 303} login
 * or {@code 204}.
 */
final class LogoutEndpoint implements BuiltInEndpoint {

    private final List<String> cookieNames;
    private final String refreshCookie;
    private final CookieWriter cookies;
    private final AuthChain chain;
    private final AuthSettings settings;
    private final StateChanges stateChanges;

    LogoutEndpoint(CookieWriter cookies, AuthChain chain, AuthSettings settings, StateChanges stateChanges) {
        this.cookies = cookies;
        this.chain = chain;
        this.settings = settings;
        this.stateChanges = stateChanges;
        this.cookieNames = chain.cookieNames().all();
        this.refreshCookie = chain.cookieNames().refresh();
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        String refreshToken = auth.cookie(refreshCookie);
        if (refreshToken != null) {
            // The old refresh token gets no remembered refresh result from this server any more.
            chain.forgetRefresh(refreshToken);
        }
        cookieNames.forEach(name -> cookies.clear(auth.response(), name));
        if (LoginRequest.wantsJson(auth.request())) {
            auth.response().setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Redirects.seeOther(auth.request(), auth.response(), settings.loginPathname());
        }
    }
}
