package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

/**
 * The claims of a guest token and of a session payload stay within
 * {@code kraken.auth.cookie.max-claims-bytes}, so their signed cookies always fit what browsers keep.
 */
class ClaimsBudgetSpec {

    private static final String SECRET_LOOKING_VALUE = "v".repeat(2000);

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens tokens = new ModuleTokens(Fixtures.keysFromPem("rsa-2048.pem"), "kraken-portal-auth", clock, 10);
    private final GuestTokenIssuer guests = new GuestTokenIssuer(tokens, Duration.ofDays(3650), Fixtures.BUDGET, clock);
    private final SessionPayloadCodec payloads = new SessionPayloadCodec(tokens, Fixtures.BUDGET);

    @Test
    void claimsWithinTheBudgetMakeACookieBrowsersKeepEvenWithAnRsaKey() {
        GuestToken guest = guests.issueNew(Map.of("viewed", "x".repeat(1500)));

        assertTrue(("jwt=" + guest.raw()).length() <= 4096, "guest cookie of " + guest.raw().length());
    }

    @Test
    void aGuestTokenOverTheBudgetIsRefusedNamingTheSizeNotTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> guests.issueNew(Map.of("viewed", SECRET_LOOKING_VALUE)));

        assertTrue(e.getMessage().startsWith("KPA-COOKIE-002 the claims of the guest token take 2013 bytes;"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET_LOOKING_VALUE));
    }

    @Test
    void aSessionPayloadOverTheBudgetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> payloads.encode("kraken|account-user:1", Map.of("viewed", SECRET_LOOKING_VALUE),
                        clock.instant().plusSeconds(60)));

        assertTrue(e.getMessage().contains("kraken.auth.cookie.max-claims-bytes allows 1536"), e.getMessage());
    }

    @Test
    void theBudgetCountsUtf8Bytes() {
        ClaimsBudget budget = new ClaimsBudget(20);

        assertTrue(budget.fits(Map.of("a", "ééé")));
        assertFalse(budget.fits(Map.of("a", "éééééééé")));
        assertEquals(false, budget.fits(Map.of("a", "0123456789012345")));
    }
}
