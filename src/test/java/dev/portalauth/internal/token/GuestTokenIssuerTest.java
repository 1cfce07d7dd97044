package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

class GuestTokenIssuerTest {

    private static final Duration LIFETIME = Duration.ofDays(3650);

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens tokens = new ModuleTokens(Fixtures.keysFromPem("ec-p256.pem"), "kraken-portal-auth", clock, 100);
    private final GuestTokenIssuer issuer = new GuestTokenIssuer(tokens, LIFETIME, Fixtures.BUDGET, clock);

    @Test
    void aNewGuestGetsARandomGIdTheClaimsAndTheConfiguredLifetime() {
        GuestToken token = issuer.issueNew(Map.of("cart", List.of("a", "b")));

        assertTrue(token.id().matches("G-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), token.id());
        assertEquals(Map.of("cart", List.of("a", "b")), token.claims());
        assertEquals(LIFETIME, Duration.between(token.issuedAt(), token.expiresAt()));
        assertNotEquals(token.id(), issuer.issueNew(Map.of()).id());
    }

    @Test
    void aGuestTokenReadsBackAsTheSameGuestWithOnlyApplicationClaims() {
        GuestToken issued = issuer.issueNew(Map.of("theme", "dark"));

        GuestToken read = issuer.read(issued.raw()).orElseThrow();

        assertEquals(issued, read);
        assertEquals(Map.of("theme", "dark"), read.claims());
    }

    @Test
    void aRepeatedReadOfTheSameTokenIsAnsweredFromTheCache() {
        GuestToken issued = issuer.issueNew(Map.of("theme", "dark"));

        assertSame(issuer.read(issued.raw()).orElseThrow(), issuer.read(new String(issued.raw())).orElseThrow());
    }

    @Test
    void aGenuineGuestKindTokenWhoseSubjectIsNotAGuestIdIsNotAGuestToken() {
        String raw = tokens.sign(TokenKind.GUEST, Map.of("sub", "kraken|account-user:1"), clock.instant().plusSeconds(60));

        assertEquals(Optional.empty(), issuer.read(raw));
    }

    @Test
    void aReissuedTokenKeepsTheIdAndCarriesTheNewClaimsAndExpiry() {
        GuestToken old = issuer.issueNew(Map.of("theme", "dark"));
        clock.advance(Duration.ofDays(31));

        GuestToken renewed = issuer.reissue(old, Map.of("theme", "light"));

        assertEquals(old.id(), renewed.id());
        assertEquals(Map.of("theme", "light"), renewed.claims());
        assertTrue(renewed.expiresAt().isAfter(old.expiresAt()));
    }

    @Test
    void aTokenIsDueForReissueOnlyWhenOlderThanThirtyDays() {
        GuestToken token = issuer.issueNew(Map.of());

        clock.advance(Duration.ofDays(30));
        assertFalse(issuer.needsReissue(token));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(issuer.needsReissue(token));
    }

    @Test
    void reservedClaimNamesAreRejectedByName() {
        Map<String, Object> claims = new HashMap<>(Map.of("email", "x@example.com", "sub", "G-mine", "ok", 1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> issuer.issueNew(claims));

        assertEquals("KPA-TOKEN-201 reserved claim names cannot be set: [email, sub]", e.getMessage());
        GuestToken token = issuer.issueNew(Map.of());
        assertThrows(IllegalArgumentException.class, () -> issuer.reissue(token, Map.of("groups", List.of("admin"))));
    }

    @Test
    void theClaimsOfAGuestTokenCannotBeChanged() {
        Map<String, Object> nested = new HashMap<>(Map.of("k", "v"));
        GuestToken token = issuer.issueNew(Map.of("prefs", nested));
        nested.put("k", "changed");

        @SuppressWarnings("unchecked")
        Map<String, Object> prefs = (Map<String, Object>) issuer.read(token.raw()).orElseThrow().claims().get("prefs");
        assertEquals("v", prefs.get("k"));
        assertThrows(UnsupportedOperationException.class, () -> prefs.put("k", "x"));
        assertThrows(UnsupportedOperationException.class, () -> token.claims().put("x", 1));
    }

    @Test
    void otherKindsOfTokenAndGarbageAreNotGuestTokens() {
        String sessionPayload = new SessionPayloadCodec(tokens, Fixtures.BUDGET).encode("G-1", Map.of(), clock.instant().plusSeconds(60));
        String application = new GuestTokensImpl(tokens, clock).create(Map.of("sub", "G-1"), Duration.ofMinutes(1));

        assertEquals(Optional.empty(), issuer.read(sessionPayload));
        assertEquals(Optional.empty(), issuer.read(application));
        assertEquals(Optional.empty(), issuer.read(null));
        assertEquals(Optional.empty(), issuer.read("not-a-token"));
    }

    @Test
    void aGuestTokenOfAnotherKeyIsNotAccepted() {
        GuestToken foreign = new GuestTokenIssuer(
                new ModuleTokens(Fixtures.keysFromPem("rsa-2048.pem"), "kraken-portal-auth", clock, 10), LIFETIME, Fixtures.BUDGET, clock)
                .issueNew(Map.of());

        assertEquals(Optional.empty(), issuer.read(foreign.raw()));
    }

    @Test
    void toStringNeverShowsTheToken() {
        GuestToken token = issuer.issueNew(Map.of("secret", "s3cr3t"));

        assertFalse(token.toString().contains(token.raw()));
        assertFalse(token.toString().contains("s3cr3t"));
    }
}
