package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.portalauth.GuestTokens;
import dev.portalauth.internal.support.MutableClock;

class GuestTokensImplTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens tokens = new ModuleTokens(Fixtures.keysFromPem("ec-p256.pem"), "kraken-portal-auth", clock, 100);
    private final GuestTokens guestTokens = new GuestTokensImpl(tokens, clock);

    @Test
    void aCreatedJwtVerifiesWithItsPayloadAndTheModulesRegisteredClaims() {
        String jwt = guestTokens.create(Map.of("sub", "service-a", "aud", List.of("b"), "n", 42), Duration.ofMinutes(5));

        Map<String, Object> claims = guestTokens.verify(jwt).orElseThrow();

        assertEquals("service-a", claims.get("sub"));
        assertEquals(42L, claims.get("n"));
        assertEquals("kraken-portal-auth", claims.get("iss"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond(), claims.get("exp"));
        assertTrue(claims.containsKey("iat") && claims.containsKey("jti"));
    }

    @Test
    void aPayloadSettingAClaimTheModuleOwnsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> guestTokens.create(Map.of("exp", 1, "jti", "x", "ok", true), Duration.ofMinutes(5)));

        assertEquals("KPA-TOKEN-204 claims set by the module cannot be in the payload: [exp, jti]", e.getMessage());
    }

    @Test
    void aLifetimeThatIsNotPositiveIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> guestTokens.create(Map.of(), Duration.ZERO));
    }

    @Test
    void anExpiredJwtDoesNotVerify() {
        String jwt = guestTokens.create(Map.of(), Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5));

        assertEquals(Optional.empty(), guestTokens.verify(jwt));
    }

    @Test
    void theGuestCookieIsNotAnApplicationJwt() {
        GuestToken guest = new GuestTokenIssuer(tokens, Duration.ofDays(1), Fixtures.BUDGET, clock).issueNew(Map.of());

        assertEquals(Optional.empty(), guestTokens.verify(guest.raw()));
    }

    @Test
    void verifiedClaimsCannotBeChanged() {
        Map<String, Object> claims = guestTokens.verify(guestTokens.create(Map.of("a", 1), Duration.ofMinutes(1)))
                .orElseThrow();

        assertThrows(UnsupportedOperationException.class, () -> claims.put("a", 2));
    }
}
