package dev.portalauth.internal.chain;

import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;

/**
 * A token Kraken just handed to the module: it came from Kraken itself, so it needs no proof of
 * issuance (its binding will prove it later), only to be usable now. One that is not is garbage
 * from Kraken.
 */
public final class IssuedTokens {

    private IssuedTokens() {
    }

    public static KrakenToken decode(KrakenTokenVerifier verifier, String raw, String operation) {
        return verifier.decode(raw).orElseThrow(() -> new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE,
                List.of(), operation + ": Kraken's token is not a usable JWT"));
    }
}
