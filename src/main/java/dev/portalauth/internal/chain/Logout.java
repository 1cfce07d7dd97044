package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.Map;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.kraken.KrakenEndings;
import dev.portalauth.internal.token.CredentialBinding;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.Verdict;

/**
 * A logout ends everything it can: at Kraken, the refresh token the module bound to the session (one
 * call, never a refresh token the module did not set) — or, asked to log out everywhere, every token
 * of the user; in the browser, every cookie of a session and the guest's, bindings and
 * {@code sessionPayload} included, whatever Kraken answered; and any refresh result this server would
 * still hand to the old refresh token. The rest of the request has no session. The one logout of the
 * built-in endpoint, {@code HttpServletRequest.logout()} and {@code Session.logoutEverywhere()}: a
 * second logout on the same request sends nothing and answers what the first achieved.
 */
public final class Logout {

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

    /** @param everywhere log the user out of every device: only an access-token (or OAuth) session may */
    LogoutOutcome end(RequestAuth auth, boolean everywhere) {
        if (auth.loggedOut() != null) {
            return auth.loggedOut();
        }
        LogoutOutcome outcome = new LogoutOutcome(false, false);
        try {
            outcome = endAtKraken(auth, everywhere);
        } finally {
            clear(auth);
            auth.loggedOut(outcome);
        }
        return outcome;
    }

    private LogoutOutcome endAtKraken(RequestAuth auth, boolean everywhere) {
        String refreshToken = auth.cookie(names.refresh());
        String binding = auth.cookie(names.bindingOf(AuthMethod.ACCESS_TOKEN));
        boolean bound = refreshToken != null && verifier.refreshBound(binding, refreshToken) == Verdict.PROVEN;
        if (everywhere && EverywhereLogout.allowed(auth.method(), bound)) {
            boolean ended = forceReauthentication(auth, bound ? refreshToken : null, binding);
            return new LogoutOutcome(ended, ended);
        }
        if (!bound) {
            return new LogoutOutcome(false, false);
        }
        CredentialBinding proven = verifier.binding(binding);
        if (proven != null && CredentialBindings.OAUTH_ORIGIN.equals(proven.origin())) {
            return new LogoutOutcome(endings.revokeOAuthRefreshToken(refreshToken, auth.clientAddress()), false);
        }
        return new LogoutOutcome(endings.endRefreshToken(refreshToken, validAccessToken(auth), auth.clientAddress()),
                false);
    }

    /** As the user: the access token, refreshed first (with the bound refresh token) when it has expired. */
    private boolean forceReauthentication(RequestAuth auth, String boundRefreshToken, String binding) {
        String userToken = validAccessToken(auth);
        if (userToken == null && boundRefreshToken != null) {
            try {
                CredentialBinding proven = verifier.binding(binding);
                KrakenToken refreshed = refresher.refresh(boundRefreshToken, proven == null ? null : proven.origin(), auth);
                userToken = refreshed.raw();
            } catch (KrakenException e) {
                return false;
            }
        }
        return userToken != null && endings.forceReauthentication(userToken, auth.clientAddress());
    }

    /** The session's access token while it is valid: an expired one is not refreshed for a plain logout. */
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
