package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.Map;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.kraken.KrakenEndings;
import dev.portalauth.internal.token.CredentialBinding;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.Verdict;

/**
 * A logout ends everything it can: at Kraken, the refresh token the module bound to the session (one
 * call, never a refresh token the module did not set); in the browser, every cookie of a session and
 * the guest's, bindings and {@code sessionPayload} included, whatever Kraken answered; and any refresh
 * result this server would still hand to the old refresh token. The rest of the request has no
 * session. The one logout of the built-in endpoint and of {@code HttpServletRequest.logout()}: a
 * second logout on the same request sends nothing and answers what the first achieved.
 */
final class Logout {

    private final CookieWriter cookies;
    private final CookieNames names;
    private final TokenRefresher refresher;
    private final CredentialVerifier verifier;
    private final KrakenEndings endings;
    private final Clock clock;

    Logout(CookieWriter cookies, CookieNames names, TokenRefresher refresher, CredentialVerifier verifier,
           KrakenEndings endings, Clock clock) {
        this.cookies = cookies;
        this.names = names;
        this.refresher = refresher;
        this.verifier = verifier;
        this.endings = endings;
        this.clock = clock;
    }

    LogoutOutcome end(RequestAuth auth) {
        if (auth.loggedOut() != null) {
            return auth.loggedOut();
        }
        LogoutOutcome outcome = new LogoutOutcome(false, false);
        try {
            outcome = new LogoutOutcome(endAtKraken(auth), false);
        } finally {
            clear(auth);
            auth.loggedOut(outcome);
        }
        return outcome;
    }

    /** One ending of the bound refresh token; an OAuth-bound one is Kraken OAuth's to revoke. */
    private boolean endAtKraken(RequestAuth auth) {
        String refreshToken = auth.cookie(names.refresh());
        String binding = auth.cookie(names.bindingOf(AuthMethod.ACCESS_TOKEN));
        if (refreshToken == null || verifier.refreshBound(binding, refreshToken) != Verdict.PROVEN) {
            return false;
        }
        CredentialBinding bound = verifier.binding(binding);
        if (bound != null && CredentialBindings.OAUTH_ORIGIN.equals(bound.origin())) {
            return false;
        }
        return endings.endRefreshToken(refreshToken, validAccessToken(auth), auth.clientAddress());
    }

    /** The session's access token while it is valid: an expired one is not refreshed for a logout. */
    private String validAccessToken(RequestAuth auth) {
        return auth.method() == AuthMethod.ACCESS_TOKEN && auth.token() != null
                && auth.token().expiresAt().isAfter(clock.instant()) ? auth.token().raw() : null;
    }

    private void clear(RequestAuth auth) {
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
