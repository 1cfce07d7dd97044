package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.support.ExpiringCache;
import dev.portalauth.internal.support.Hashes;
import dev.portalauth.internal.support.SingleFlight;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.KrakenToken;

/**
 * Refreshes an access token once per refresh token, however many requests carry it at the same
 * moment; the winner's cookies are set on every one of those responses, and handed to requests
 * still carrying the old refresh token for a short while — until a logout ends that. A session that
 * began at Kraken's OAuth token endpoint is refreshed there, and stays bound with that origin.
 */
final class TokenRefresher {

    private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());

    /** How long a refresh result is handed to late requests still carrying the old refresh token. */
    private static final long REMEMBER_SECONDS = 60;

    private final KrakenAuthentication kraken;
    private final KrakenOAuth oauth;
    private final CredentialVerifier verifier;
    private final SessionCookies sessionCookies;
    private final SingleFlight<String, Refreshed> flight;
    /** The refresh token a remembered result was for, by the hash of the refresh token it handed out. */
    private final ExpiringCache<String, String> predecessors;
    private final RateLimits limits;
    private final Clock clock;

    private record Refreshed(KrakenToken access, SessionCookies.Planned cookies) {
    }

    TokenRefresher(KrakenAuthentication kraken, KrakenOAuth oauth, CredentialVerifier verifier,
                   SessionCookies sessionCookies, RateLimits limits, int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.oauth = oauth;
        this.limits = limits;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.predecessors = new ExpiringCache<>(maxRemembered, clock);
        this.clock = clock;
    }

    /**
     * @param origin the binding's origin: {@code oauth} refreshes at the token endpoint, anything else
     *               with {@code obtainKrakenToken}
     * @throws KrakenException {@code SESSION_EXPIRED} when Kraken refuses, or when what it returns is not an access
     *                         token; {@code RATE_LIMITED} over the client's refresh limit
     */
    KrakenToken refresh(String refreshToken, String origin, RequestAuth auth) {
        String hash = Hashes.sha256(refreshToken);
        boolean atTokenEndpoint = CredentialBindings.OAUTH_ORIGIN.equals(origin);
        Refreshed refreshed = flight.run(hash, () -> {
            limits.take(LimitedOperation.REFRESH, auth.clientAddress()); // only the request that calls Kraken
            ObtainedToken obtained = atTokenEndpoint ? oauth.refresh(refreshToken, auth.clientAddress())
                    : kraken.refresh(refreshToken, auth.clientAddress());
            KrakenToken access = IssuedTokens.decode(verifier.tokens(), obtained.token(), "refresh");
            // A refresh keeps the session's kind: a token marked as another kind is no access token.
            if (!verifier.fitsKind(AuthMethod.ACCESS_TOKEN, access)) {
                ChainMessages.REFRESH_CHANGED_KIND.log(LOG);
                throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of(), "refresh changed the session's kind");
            }
            obtained.refreshToken().ifPresent(next -> predecessors.put(Hashes.sha256(next), hash,
                    clock.instant().plusSeconds(REMEMBER_SECONDS)));
            return new Refreshed(access, sessionCookies.access(access, obtained,
                    atTokenEndpoint ? CredentialBindings.OAUTH_ORIGIN : null, "refresh"));
        }, r -> earliest(r.access().expiresAt(), clock.instant().plusSeconds(REMEMBER_SECONDS)));
        sessionCookies.write(auth.response(), refreshed.cookies());
        return refreshed.access();
    }

    /**
     * A logout with {@code refreshToken}: no result is handed out any more for it, nor for the
     * refresh token it replaced (a copy of the old cookies must not get the new session).
     */
    void forget(String refreshToken) {
        String hash = Hashes.sha256(refreshToken);
        flight.forget(hash);
        String replaced = predecessors.get(hash);
        if (replaced != null) {
            predecessors.remove(hash);
            flight.forget(replaced);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
