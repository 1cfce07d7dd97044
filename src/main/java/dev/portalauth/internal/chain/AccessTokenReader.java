package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Duration;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.CredentialBinding;
import dev.portalauth.internal.token.CredentialVerifier.Proof;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.Verdict;

/**
 * {@code accessToken} with its {@code refreshToken} and binding: a token that is missing, expired,
 * refused or within the refresh margin is refreshed first — but only with the refresh token the
 * module set (the binding names it). A refusal clears the session's cookies; Kraken being
 * unreachable keeps the refresh token for a later request (and a still-valid access token keeps
 * working). A logout request is never refreshed: it ends the session as it stands.
 */
final class AccessTokenReader implements CredentialReader {

    private final CredentialVerifier verifier;
    private final TokenRefresher refresher;
    private final CookieWriter cookies;
    private final CookieNames names;
    private final Duration margin;
    private final Clock clock;
    /** The logout endpoint: a logout ends the session as it is, it never refreshes it first. */
    private final String logoutPath;

    AccessTokenReader(CredentialVerifier verifier, TokenRefresher refresher, CookieWriter cookies, CookieNames names,
                      Duration margin, Clock clock, String logoutPath) {
        this.verifier = verifier;
        this.refresher = refresher;
        this.cookies = cookies;
        this.names = names;
        this.margin = margin;
        this.clock = clock;
        this.logoutPath = logoutPath;
    }

    @Override
    public boolean read(RequestAuth auth) {
        String bindingCookie = names.bindingOf(AuthMethod.ACCESS_TOKEN);
        clearRefused(auth, names.access(), names.refresh(), bindingCookie);
        String raw = auth.cookie(names.access());
        String refreshToken = auth.cookie(names.refresh());
        if (raw == null && refreshToken == null) {
            return false;
        }
        String binding = auth.cookie(bindingCookie);
        Proof proof = raw == null ? Proof.REFUSED : verifier.prove(AuthMethod.ACCESS_TOKEN, raw, binding, null);
        KrakenToken token = proof.verdict() == Verdict.PROVEN ? proof.token() : null;
        boolean mayRefresh = !logoutPath.equals(auth.path());
        if (token != null && (refreshToken == null || !mayRefresh
                || token.expiresAt().isAfter(clock.instant().plus(margin)))) {
            return authenticate(auth, proof);
        }
        if (refreshToken == null) {
            if (proof.verdict() == Verdict.REFUSED) {
                cookies.clear(auth.response(), names.access());
                cookies.clear(auth.response(), bindingCookie);
            }
            return false;
        }
        if (!mayRefresh) {
            return false;
        }
        Verdict refreshable = verifier.refreshBound(binding, refreshToken);
        if (refreshable == Verdict.UNDECIDED) {
            return token != null && authenticate(auth, proof);
        }
        if (refreshable == Verdict.REFUSED) {
            // Not the refresh token the module set: never sent to Kraken.
            cookies.clear(auth.response(), names.refresh());
            if (token != null) {
                return authenticate(auth, proof);
            }
            endSession(auth, AuthErrorCode.SESSION_EXPIRED);
            return false;
        }
        try {
            CredentialBinding bound = verifier.binding(binding);
            String origin = bound == null ? null : bound.origin();
            auth.authenticate(AuthMethod.ACCESS_TOKEN, refresher.refresh(refreshToken, origin, auth));
            return true;
        } catch (KrakenException e) {
            AuthErrorCode code = e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE);
            if (code == AuthErrorCode.SESSION_EXPIRED) {
                endSession(auth, code);
                return false;
            }
            if (token != null) {
                return authenticate(auth, proof);
            }
            // A rate-limited request never clears a cookie: the session is only paused.
            if (raw != null && proof.verdict() == Verdict.REFUSED && code != AuthErrorCode.RATE_LIMITED) {
                cookies.clear(auth.response(), names.access());
            }
            auth.lostSession(new LostSession(code));
            return false;
        }
    }

    private static boolean authenticate(RequestAuth auth, Proof proof) {
        auth.authenticate(AuthMethod.ACCESS_TOKEN, proof.token());
        auth.unverified(proof.unverified());
        return true;
    }

    private void endSession(RequestAuth auth, AuthErrorCode code) {
        for (String name : new String[] {names.access(), names.refresh(), names.bindingOf(AuthMethod.ACCESS_TOKEN),
                names.sessionPayload()}) {
            cookies.clear(auth.response(), name);
        }
        auth.lostSession(new LostSession(code));
    }

    private void clearRefused(RequestAuth auth, String... cookieNames) {
        for (String name : cookieNames) {
            if (auth.cookieRefused(name)) {
                cookies.clear(auth.response(), name);
            }
        }
    }
}
