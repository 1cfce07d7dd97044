package dev.portalauth.internal.chain;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.token.KrakenToken;

/**
 * The end of every login that yields an access session (email and password, Kraken OAuth): its
 * cookies planned whole and set, credentials that would outrank it cleared, and the request's
 * session from then on.
 */
final class AccessSessions {

    private AccessSessions() {
    }

    /** @param origin the binding's origin ({@code oauth}), or {@code null} */
    static void start(AuthChain chain, CookieWriter cookies, RequestAuth auth, KrakenToken token,
                      ObtainedToken obtained, String origin, String operation) {
        SessionCookies sessionCookies = chain.sessionCookies();
        SessionCookies.Planned planned = sessionCookies.access(token, obtained, origin, operation);
        // Credentials that outrank an access token would hide the session just created.
        for (String name : chain.cookieNames().outrankingAccess()) {
            if (auth.cookie(name) != null || auth.cookieRefused(name)) {
                cookies.clear(auth.response(), name);
            }
        }
        sessionCookies.write(auth.response(), planned);
        auth.authenticate(AuthMethod.ACCESS_TOKEN, token);
        obtained.refreshExpiresAt().ifPresent(auth::sessionExpiresAt);
    }
}
