package dev.portalauth.chain;

import java.time.Clock;

import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.support.Hashes;
import dev.portalauth.support.SingleFlight;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * Swaps a pre-signed key for a scoped token and its bound cookies, once per key however many
 * requests bring it at the same moment. Nothing is remembered afterwards: a later request with the
 * key and no cookie is another visitor (or tab) and gets its own exchange. Keys are held only as
 * hashes.
 */
final class KeyExchanger {

    /** The scoped token and the cookies that carry it. */
    record Exchanged(KrakenToken token, SessionCookies.Planned cookies) {
    }

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final SessionCookies sessionCookies;
    private final SingleFlight<String, Exchanged> flight;
    private final Clock clock;

    KeyExchanger(KrakenAuthentication kraken, KrakenTokenVerifier verifier, SessionCookies sessionCookies,
                 int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.clock = clock;
    }

    Exchanged exchange(String key, String clientIp) {
        return flight.run(Hashes.sha256(key), () -> {
            String raw = kraken.exchangePreSignedKey(key, clientIp).token();
            KrakenToken token = IssuedTokens.decode(verifier, raw, "exchange");
            return new Exchanged(token, sessionCookies.scoped(token, key));
        }, t -> clock.instant());
    }
}
