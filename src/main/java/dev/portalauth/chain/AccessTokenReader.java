package dev.portalauth.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * {@code accessToken} with its {@code refreshToken}: a token that is expired, invalid or within the
 * refresh margin is refreshed first. A refusal clears both cookies; Kraken being unreachable keeps
 * the refresh token for a later request (and a still-valid access token keeps working).
 */
final class AccessTokenReader implements CredentialReader {

    private final KrakenTokenVerifier verifier;
    private final TokenRefresher refresher;
    private final CookieWriter cookies;
    private final Duration margin;
    private final Clock clock;

    AccessTokenReader(KrakenTokenVerifier verifier, TokenRefresher refresher, CookieWriter cookies,
                      Duration margin, Clock clock) {
        this.verifier = verifier;
        this.refresher = refresher;
        this.cookies = cookies;
        this.margin = margin;
        this.clock = clock;
    }

    @Override
    public boolean read(RequestAuth auth) {
        String raw = auth.cookie(AuthCookies.ACCESS);
        String refreshToken = auth.cookie(AuthCookies.REFRESH);
        if (raw == null && refreshToken == null) {
            return false;
        }
        KrakenToken token = raw == null ? null : verifier.verify(raw).orElse(null);
        Instant now = clock.instant();
        if (token != null && (refreshToken == null || token.expiresAt().isAfter(now.plus(margin)))) {
            auth.authenticate(AuthMethod.ACCESS_TOKEN, token);
            return true;
        }
        if (refreshToken == null) {
            cookies.clear(auth.response(), AuthCookies.ACCESS);
            return false;
        }
        try {
            KrakenToken fresh = refresher.refresh(refreshToken, auth);
            auth.authenticate(AuthMethod.ACCESS_TOKEN, fresh);
            return true;
        } catch (KrakenException e) {
            AuthErrorCode code = e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE);
            if (code == AuthErrorCode.SESSION_EXPIRED) {
                cookies.clear(auth.response(), AuthCookies.ACCESS);
                cookies.clear(auth.response(), AuthCookies.REFRESH);
                cookies.clear(auth.response(), AuthCookies.SESSION_PAYLOAD);
                auth.sessionError(code);
                return false;
            }
            if (token != null) {
                auth.authenticate(AuthMethod.ACCESS_TOKEN, token);
                return true;
            }
            if (raw != null) {
                cookies.clear(auth.response(), AuthCookies.ACCESS);
            }
            auth.sessionError(code);
            return false;
        }
    }
}
