package dev.portalauth.chain;

import java.time.Clock;

import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.support.Hashes;
import dev.portalauth.support.SingleFlight;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * Swaps a pre-signed key for a scoped token, once per key however many requests bring it at the
 * same moment. Nothing is remembered afterwards: a later request with the key and no cookie is
 * another visitor (or tab) and gets its own exchange. Keys are held only as hashes.
 */
final class KeyExchanger {

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final SingleFlight<String, KrakenToken> flight;
    private final Clock clock;

    KeyExchanger(KrakenAuthentication kraken, KrakenTokenVerifier verifier, int maxRemembered, Clock clock) {
        this.kraken = kraken;
        this.verifier = verifier;
        this.flight = new SingleFlight<>(maxRemembered, clock);
        this.clock = clock;
    }

    KrakenToken exchange(String key, String clientIp) {
        return flight.run(Hashes.sha256(key), () -> {
            String token = kraken.exchangePreSignedKey(key, clientIp).token();
            return IssuedTokens.verify(verifier, token, "exchange");
        }, t -> clock.instant());
    }

    /** The value of {@code scopedTokenKey}: binds a scoped token to the key it came from. */
    static String binding(String key, String token) {
        return Hashes.sha256(key, token);
    }
}
