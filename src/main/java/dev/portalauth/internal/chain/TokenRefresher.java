package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimitedException;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.shared.LocalMemory;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.support.Hashes;
import dev.portalauth.internal.support.SingleFlight;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.KrakenToken;

/**
 * Refreshes an access token once per refresh token, however many requests carry it at the same
 * moment; the winner's cookies are set on every one of those responses, and handed to requests
 * still carrying the old refresh token for a short while — on this server or, when state is shared,
 * on every node — until a logout ends that. A session that
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
    /** A result to hand over, by the hash of the refresh token it was made with. */
    private final Memory handOvers;
    /** The refresh token a remembered result was for, by the hash of the refresh token it handed out. */
    private final Memory predecessors;
    private final RateLimits limits;
    private final Clock clock;

    private record Refreshed(KrakenToken access, SessionCookies.Planned cookies) {
    }

    /** Handing over in this server's memory. */
    TokenRefresher(KrakenAuthentication kraken, KrakenOAuth oauth, CredentialVerifier verifier,
                   SessionCookies sessionCookies, RateLimits limits, int maxRemembered, Clock clock) {
        this(kraken, oauth, verifier, sessionCookies, limits, new LocalMemory(maxRemembered, clock),
                new LocalMemory(maxRemembered, clock), maxRemembered, clock);
    }

    TokenRefresher(KrakenAuthentication kraken, KrakenOAuth oauth, CredentialVerifier verifier,
                   SessionCookies sessionCookies, RateLimits limits, Memory handOvers, Memory predecessors,
                   int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.oauth = oauth;
        this.limits = limits;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.handOvers = handOvers;
        this.predecessors = predecessors;
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
            String handedOver = handOvers.get(hash);
            Optional<HandOver> known = handedOver == null ? Optional.empty() : HandOver.decode(handedOver);
            if (known.isPresent()) {
                return planned(known.get().obtained(), atTokenEndpoint);
            }
            limits.take(LimitedOperation.REFRESH, auth.clientAddress()); // only the request that calls Kraken
            ObtainedToken obtained = atTokenEndpoint ? oauth.refresh(refreshToken, auth.clientAddress())
                    : kraken.refresh(refreshToken, auth.clientAddress());
            Refreshed made = planned(obtained, atTokenEndpoint);
            Instant until = clock.instant().plusSeconds(REMEMBER_SECONDS);
            obtained.refreshToken().ifPresent(next -> predecessors.put(Hashes.sha256(next), hash, until));
            handOvers.put(hash, new HandOver(obtained).encode(), earliest(made.access().expiresAt(), until));
            return made;
        }, r -> Instant.EPOCH); // remembered in the hand-over memory, which a node may share
        sessionCookies.write(auth.response(), refreshed.cookies());
        return refreshed.access();
    }

    /** The session {@code obtained} makes: its access token checked, its cookies planned. */
    private Refreshed planned(ObtainedToken obtained, boolean atTokenEndpoint) {
        KrakenToken access = IssuedTokens.decode(verifier.tokens(), obtained.token(), "refresh");
        // A refresh keeps the session's kind: a token marked as another kind is no access token.
        if (!verifier.fitsKind(AuthMethod.ACCESS_TOKEN, access)) {
            ChainMessages.REFRESH_CHANGED_KIND.log(LOG);
            throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of(), "refresh changed the session's kind");
        }
        return new Refreshed(access, sessionCookies.access(access, obtained,
                atTokenEndpoint ? CredentialBindings.OAUTH_ORIGIN : null, "refresh"));
    }

    /**
     * A logout with {@code refreshToken}: no result is handed out any more for it, nor for the
     * refresh token it replaced (a copy of the old cookies must not get the new session).
     */
    void forget(String refreshToken) {
        String hash = Hashes.sha256(refreshToken);
        handOvers.remove(hash);
        String replaced;
        try {
            replaced = predecessors.get(hash);
        } catch (RateLimitedException e) {
            return; // the shared state failed (logged there); a logout goes on without it
        }
        if (replaced != null) {
            predecessors.remove(hash);
            handOvers.remove(replaced);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
