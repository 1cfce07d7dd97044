package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

class SessionPayloadCodecTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens tokens = new ModuleTokens(Fixtures.keysFromPem("rsa-2048.pem"), "kraken-portal-auth", clock, 100);
    private final SessionPayloadCodec codec = new SessionPayloadCodec(tokens, Fixtures.BUDGET);

    @Test
    void anEncodedPayloadReadsBackBoundToItsKrakenSubject() {
        String raw = codec.encode("kraken|account-user:123", Map.of("cart", "3 items"), refreshExpiry());

        SessionPayload payload = codec.read(raw).orElseThrow();

        assertEquals("kraken|account-user:123", payload.krakenSub());
        assertEquals(Map.of("cart", "3 items"), payload.claims());
        assertEquals(raw, payload.raw());
    }

    @Test
    void aPayloadExpiresWithTheInstantGiven() {
        String raw = codec.encode("kraken|account-user:123", Map.of(), refreshExpiry());

        clock.advance(Duration.ofDays(7));

        assertEquals(Optional.empty(), codec.read(raw));
    }

    @Test
    void reservedClaimNamesCannotBeCarried() {
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode("kraken|account-user:123", Map.of("gty", "PASSWORD"), refreshExpiry()));
    }

    @Test
    void aGuestTokenIsNotASessionPayload() {
        GuestToken guest = new GuestTokenIssuer(tokens, Duration.ofDays(1), Fixtures.BUDGET, clock).issueNew(Map.of());

        assertEquals(Optional.empty(), codec.read(guest.raw()));
    }

    @Test
    void toStringNeverShowsTheTokenOrClaimValues() {
        SessionPayload payload = codec.read(codec.encode("u", Map.of("k", "s3cr3t"), refreshExpiry())).orElseThrow();

        assertFalse(payload.toString().contains(payload.raw()));
        assertFalse(payload.toString().contains("s3cr3t"));
    }

    private Instant refreshExpiry() {
        return clock.instant().plus(Duration.ofDays(7));
    }
}
