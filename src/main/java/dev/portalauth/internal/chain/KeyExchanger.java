package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.support.Hashes;
import dev.portalauth.internal.support.SingleFlight;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;

/**
 * Swaps a pre-signed key for a scoped token and its bound cookies, once per key however many
 * requests bring it at the same moment. A success is not remembered afterwards: a later request
 * with the key and no cookie is another visitor (or tab) and gets its own exchange. A refusal is,
 * for a while ({@link RefusedKeys}). Keys are held only as hashes.
 */
final class KeyExchanger {

    /** The scoped token and the cookies that carry it. */
    record Exchanged(KrakenToken token, SessionCookies.Planned cookies) {
    }

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final SessionCookies sessionCookies;
    private final SingleFlight<String, Exchanged> flight;
    private final RefusedKeys refused;
    private final RateLimits limits;
    private final Clock clock;

    KeyExchanger(KrakenAuthentication kraken, KrakenTokenVerifier verifier, SessionCookies sessionCookies,
                 RefusedKeys refused, RateLimits limits, int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.refused = refused;
        this.limits = limits;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.clock = clock;
    }

    /** @throws KrakenException {@code PRE_SIGNED_KEY_INVALID} (now or lately), {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE} */
    Exchanged exchange(String key, String clientIp) {
        String hash = Hashes.sha256(key);
        if (refused.remembers(hash)) {
            throw new KrakenException(AuthErrorCode.PRE_SIGNED_KEY_INVALID, List.of(), "key refused lately");
        }
        try {
            return flight.run(hash, () -> {
                // Inside the flight: only the request that calls Kraken takes a token.
                limits.take(LimitedOperation.EXCHANGE, clientIp);
                String raw = kraken.exchangePreSignedKey(key, clientIp).token();
                KrakenToken token = IssuedTokens.decode(verifier, raw, "exchange");
                return new Exchanged(token, sessionCookies.scoped(token, key));
            }, t -> clock.instant());
        } catch (KrakenException e) {
            if (e.authError().orElse(null) == AuthErrorCode.PRE_SIGNED_KEY_INVALID) {
                refused.remember(hash);
            }
            throw e;
        }
    }
}
