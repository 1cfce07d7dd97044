package dev.portalauth.chain;

import java.time.Clock;
import java.time.Instant;

import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.kraken.ObtainedToken;
import dev.portalauth.support.Hashes;
import dev.portalauth.support.SingleFlight;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * Refreshes an access token once per refresh token, however many requests carry it at the same
 * moment; the winner's cookies are set on every one of those responses.
 */
final class TokenRefresher {

    /** How long a refresh result is handed to late requests still carrying the old refresh token. */
    private static final long REMEMBER_SECONDS = 60;

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final SessionCookies sessionCookies;
    private final SingleFlight<String, Tokens> flight;
    private final Clock clock;

    private record Tokens(KrakenToken access, ObtainedToken obtained) {
    }

    TokenRefresher(KrakenAuthentication kraken, KrakenTokenVerifier verifier, SessionCookies sessionCookies,
                   int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.clock = clock;
    }

    KrakenToken refresh(String refreshToken, RequestAuth auth) {
        Tokens tokens = flight.run(Hashes.sha256(refreshToken), () -> {
            ObtainedToken obtained = kraken.refresh(refreshToken, auth.request().getRemoteAddr());
            KrakenToken access = IssuedTokens.verify(verifier, obtained.token(), "refresh");
            return new Tokens(access, obtained);
        }, t -> earliest(t.access().expiresAt(), clock.instant().plusSeconds(REMEMBER_SECONDS)));
        sessionCookies.setLogin(auth.response(), tokens.access(), tokens.obtained());
        return tokens.access();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
