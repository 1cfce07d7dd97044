package dev.portalauth.chain;

import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/** A token Kraken just issued is verified like any cookie; one that does not verify is garbage from Kraken. */
final class IssuedTokens {

    private IssuedTokens() {
    }

    static KrakenToken verify(KrakenTokenVerifier verifier, String raw, String operation) {
        return verifier.verify(raw).orElseThrow(() -> new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE,
                List.of(), operation + ": Kraken's token did not verify"));
    }
}
