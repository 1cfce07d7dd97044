package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.support.MutableClock;

/**
 * A failed renewal (key revoked, Kraken down) is tried again after a growing backoff, not
 * once per request; meanwhile a token still valid keeps serving, and without one requests fail at
 * once with {@code KRAKEN_UNAVAILABLE} carrying Kraken's codes.
 */
class OrganizationTokenFailureSpec {

    private static final KrakenException KEY_REVOKED =
            new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of("KT-CT-1139"), "refused");

    private final MutableClock clock = MutableClock.atSystemTime();
    private final AtomicInteger calls = new AtomicInteger();
    private boolean krakenRefuses;
    private Duration lifetime = Duration.ofHours(1);
    private final OrganizationTokens tokens = new OrganizationTokens(this::obtain, clock);

    private OrganizationToken obtain() {
        int n = calls.incrementAndGet();
        if (krakenRefuses) {
            throw KEY_REVOKED;
        }
        return new OrganizationToken("org-token-" + n, clock.instant().plus(lifetime));
    }

    @Test
    void afterAFailureRequestsFailAtOnceWithoutACallUntilTheBackoffIsOver() {
        krakenRefuses = true;
        assertUnavailable();
        for (int i = 0; i < 50; i++) {
            KrakenException e = assertUnavailable();
            assertEquals(List.of("KT-CT-1139"), e.errorCodes());
        }
        assertEquals(1, calls.get());

        clock.advance(OrganizationTokens.FIRST_RETRY);
        assertUnavailable();
        assertEquals(2, calls.get());
    }

    @Test
    void eachFailureInARowWaitsLongerBeforeTheNextCall() {
        krakenRefuses = true;
        assertUnavailable();
        clock.advance(OrganizationTokens.FIRST_RETRY);
        assertUnavailable(); // second failure: the next wait is twice as long
        clock.advance(OrganizationTokens.FIRST_RETRY);
        assertUnavailable();
        assertEquals(2, calls.get());

        clock.advance(OrganizationTokens.FIRST_RETRY);
        assertUnavailable();
        assertEquals(3, calls.get());
    }

    @Test
    void onceKrakenGivesATokenAgainItIsSharedAsBefore() {
        krakenRefuses = true;
        assertUnavailable();
        krakenRefuses = false;
        clock.advance(OrganizationTokens.FIRST_RETRY);

        assertEquals("org-token-2", tokens.current());
        assertEquals("org-token-2", tokens.current());
        assertEquals(2, calls.get());
    }

    @Test
    void aFailedRenewalKeepsTheCurrentTokenServingWhileItIsValid() {
        tokens.current();
        clock.advance(lifetime.minus(OrganizationTokens.RENEW_MARGIN));
        krakenRefuses = true;

        assertEquals("org-token-1", tokens.current());
        assertEquals("org-token-1", tokens.current());
        assertEquals(2, calls.get());

        clock.advance(OrganizationTokens.RENEW_MARGIN);
        assertUnavailable();
    }

    @Test
    void aTokenKrakenRefusesIsNotHandedOutAgainAndItsReplacementWaitsForTheBackoff() {
        String refused = tokens.current();
        tokens.refused(refused);

        assertUnavailable();
        assertEquals(1, calls.get());
        clock.advance(OrganizationTokens.FIRST_RETRY);
        assertEquals("org-token-2", tokens.current());
    }

    @Test
    void aTokenThatArrivesExpiredCountsAsAFailure() {
        lifetime = Duration.ofSeconds(-5);
        assertUnavailable();
        assertUnavailable();
        assertEquals(1, calls.get());
    }

    private KrakenException assertUnavailable() {
        KrakenException e = assertThrows(KrakenException.class, tokens::current);
        assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE), e.authError());
        return e;
    }
}
