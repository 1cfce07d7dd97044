package dev.portalauth.chain;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.kraken.ObtainedToken;
import dev.portalauth.token.KrakenToken;

/** The cookies of a logged-in session, with lifetimes from the tokens themselves (SPEC section 3). */
final class SessionCookies {

    private final CookieWriter cookies;
    private final Clock clock;

    SessionCookies(CookieWriter cookies, Clock clock) {
        this.cookies = cookies;
        this.clock = clock;
    }

    /** {@code accessToken} for {@code exp − now}; {@code refreshToken} until Kraken's {@code refreshExpiresIn}. */
    void setLogin(HttpServletResponse response, KrakenToken access, ObtainedToken obtained) {
        cookies.set(response, AuthCookies.ACCESS, access.raw(), secondsUntil(access.expiresAt()));
        obtained.refreshToken().ifPresent(refresh -> cookies.set(response, AuthCookies.REFRESH, refresh,
                obtained.refreshExpiresAt().map(this::secondsUntil).orElse(-1L)));
    }

    long secondsUntil(Instant instant) {
        return Math.max(0, instant.getEpochSecond() - clock.instant().getEpochSecond());
    }
}
