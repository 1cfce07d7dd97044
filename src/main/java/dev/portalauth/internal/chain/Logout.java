package dev.portalauth.internal.chain;

import java.util.Map;

/**
 * A logout ends everything it can (SPEC 6, 8): every cookie of a session and the guest's, bindings
 * and {@code sessionPayload} included, and any refresh result this server would still hand to the
 * old refresh token; the rest of the request has no session. The one logout of the built-in
 * endpoint and of {@code HttpServletRequest.logout()}.
 */
final class Logout {

    private final CookieWriter cookies;
    private final CookieNames names;
    private final TokenRefresher refresher;

    Logout(CookieWriter cookies, CookieNames names, TokenRefresher refresher) {
        this.cookies = cookies;
        this.names = names;
        this.refresher = refresher;
    }

    void end(RequestAuth auth) {
        String refreshToken = auth.cookie(names.refresh());
        if (refreshToken != null) {
            refresher.forget(refreshToken);
        }
        names.all().forEach(name -> cookies.clear(auth.response(), name));
        auth.forget();
        auth.payload(Map.of(), null);
        auth.guest(null);
    }
}
