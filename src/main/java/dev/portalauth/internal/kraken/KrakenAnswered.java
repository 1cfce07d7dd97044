package dev.portalauth.internal.kraken;

import java.util.List;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/**
 * Kraken (or its edge) answered, but not with something the module can use: an HTTP 4xx, a 429
 * rate limit included. Kraken is up, so its breaker counts the call as a success (the fault rules counts
 * only timeouts, broken connections, 5xx and unreadable bodies).
 */
final class KrakenAnswered extends KrakenException {

    private static final long serialVersionUID = 1L;

    KrakenAnswered(AuthErrorCode code, String message) {
        super(code, List.of(), message);
    }
}
