package dev.portalauth.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/** How a failed Kraken authentication call is counted: by what it means for the visitor. */
class OutcomeSpec {

    @Test
    void krakenUnavailableIsUnavailable() {
        assertEquals(Outcome.UNAVAILABLE, Outcome.of(failure(AuthErrorCode.KRAKEN_UNAVAILABLE)));
    }

    @Test
    void rateLimitedIsRateLimited() {
        assertEquals(Outcome.RATE_LIMITED, Outcome.of(failure(AuthErrorCode.RATE_LIMITED)));
    }

    @Test
    void everyOperationsOwnRefusalIsRefused() {
        for (AuthErrorCode code : List.of(AuthErrorCode.PRE_SIGNED_KEY_INVALID, AuthErrorCode.LOGIN_FAILED,
                AuthErrorCode.SESSION_EXPIRED, AuthErrorCode.MASQUERADE_FAILED)) {
            assertEquals(Outcome.REFUSED, Outcome.of(failure(code)), code.name());
        }
    }

    @Test
    void anythingElseThrownLeftNoUsableAnswer() {
        assertEquals(Outcome.UNAVAILABLE, Outcome.of(new IllegalStateException("garbled")));
    }

    @Test
    void tagsAreLowerCase() {
        assertEquals("rate_limited", Outcome.RATE_LIMITED.tag());
    }

    private static KrakenException failure(AuthErrorCode code) {
        return new KrakenException(code, List.of(), "test");
    }
}
