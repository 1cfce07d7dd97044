package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

class KrakenTokenTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final JWTClaimsSet claimsSet = KrakenIssuer.claims(clock)
            .audience(List.of("portal", "api"))
            .claim("groups", List.of("staff"))
            .claim("accountNumber", "A-123")
            .claim("scope", Map.of("accounts", List.of("A-123")))
            .claim("auth_time", NOW.getEpochSecond())
            .build();
    private final KrakenToken token = new KrakenToken("raw.jwt.value", claimsSet);

    @Test
    void theCallerNameIsTheSubject() {
        assertEquals("kraken|account-user:123", token.getName());
        assertEquals("kraken|account-user:123", token.subject());
        assertEquals("kraken|account-user:123", token.getSubject());
    }

    @Test
    void timeClaimsAreLongSecondsAsMicroProfileJwtSays() {
        assertEquals(Long.valueOf(NOW.plusSeconds(3600).getEpochSecond()), token.getClaim(Claims.exp));
        assertEquals(Long.valueOf(NOW.getEpochSecond()), token.getClaim("iat"));
        assertEquals(Long.valueOf(NOW.getEpochSecond()), token.getClaim("auth_time"));
        assertEquals(NOW.plusSeconds(3600).getEpochSecond(), token.getExpirationTime());
        assertEquals(NOW.plusSeconds(3600), token.expiresAt());
    }

    @Test
    void audienceAndGroupsAreSetsOfStrings() {
        assertEquals(Set.of("portal", "api"), token.getAudience());
        assertEquals(Set.of("staff"), token.getGroups());
        assertNull(new KrakenToken("r", KrakenIssuer.claims(clock).build()).getClaim("groups"));
    }

    @Test
    void otherClaimsKeepTheirJsonValues() {
        assertEquals("A-123", token.getClaim("accountNumber"));
        assertEquals(Map.of("accounts", List.of("A-123")), token.getClaim("scope"));
        assertEquals("raw.jwt.value", token.getClaim(Claims.raw_token));
        assertEquals("raw.jwt.value", token.getRawToken());
        assertEquals("raw.jwt.value", token.raw());
    }

    @Test
    void stringClaimIsPresentOnlyForStrings() {
        assertEquals(Optional.of("A-123"), token.stringClaim("accountNumber"));
        assertEquals(Optional.empty(), token.stringClaim("scope"));
        assertEquals(Optional.empty(), token.stringClaim("missing"));
    }

    @Test
    void theClaimsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> token.claims().put("sub", "someone else"));
        @SuppressWarnings("unchecked")
        Map<String, Object> scope = (Map<String, Object>) token.claims().get("scope");
        assertThrows(UnsupportedOperationException.class, () -> scope.put("accounts", List.of("A-999")));
        assertEquals(token.claims().keySet(), token.getClaimNames());
    }

    @Test
    void toStringNeverShowsTheToken() {
        assertFalse(token.toString().contains("raw.jwt.value"));
    }
}
