package dev.portalauth.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.chain.AuthCookies;
import dev.portalauth.chain.CookieWriter;
import dev.portalauth.chain.RequestAuth;
import dev.portalauth.config.AuthSettings;

/** {@code POST /api/auth/logout}: clears every cookie of a session and the guest's; {@code 303} login or {@code 204}. */
final class LogoutEndpoint implements BuiltInEndpoint {

    private final List<String> cookieNames;
    private final CookieWriter cookies;
    private final AuthSettings settings;
    private final StateChanges stateChanges;

    LogoutEndpoint(CookieWriter cookies, AuthSettings settings, StateChanges stateChanges) {
        this.cookies = cookies;
        this.settings = settings;
        this.stateChanges = stateChanges;
        this.cookieNames = List.of(AuthCookies.MASQUERADE, AuthCookies.MOBILE_WEB_VIEW, AuthCookies.ACCESS,
                AuthCookies.REFRESH, AuthCookies.SCOPED, AuthCookies.SCOPED_KEY, AuthCookies.SESSION_PAYLOAD,
                settings.guestCookieName());
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        cookieNames.forEach(name -> cookies.clear(auth.response(), name));
        if (LoginRequest.wantsJson(auth.request())) {
            auth.response().setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Redirects.seeOther(auth.request(), auth.response(), settings.loginPathname());
        }
    }
}
