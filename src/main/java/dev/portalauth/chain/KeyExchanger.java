package dev.portalauth.chain;

import java.time.Clock;
import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.support.Hashes;
import dev.portalauth.support.SingleFlight;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * Swaps a pre-signed key for a scoped token, once per key however many requests bring it at the
 * same moment. Keys are held only as hashes.
 */
final class KeyExchanger {

    /** How long an exchange result is handed to requests that bring the same key without its cookie. */
    private static final long REMEMBER_SECONDS = 30;

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
            return verifier.verify(token).orElseThrow(() -> new KrakenException(
                    AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "exchange: Kraken's token did not verify"));
        }, t -> {
            var soon = clock.instant().plusSeconds(REMEMBER_SECONDS);
            return t.expiresAt().isBefore(soon) ? t.expiresAt() : soon;
        });
    }

    /** The value of {@code scopedTokenKey}: binds a scoped token to the key it came from. */
    static String binding(String key, String token) {
        return Hashes.sha256(key, token);
    }
}
