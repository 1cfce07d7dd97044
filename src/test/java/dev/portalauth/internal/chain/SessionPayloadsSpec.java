package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.ClaimsBudget;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.SessionPayloadCodec;

/** Claims merged into a logged-in session's payload, within the claims budget. */
class SessionPayloadsSpec {

    private final ChainFixture chain = new ChainFixture();
    private final SessionPayloads payloads = new SessionPayloads(
            new SessionPayloadCodec(new ModuleTokens(chain.keys, "kraken-portal-auth", chain.clock, 10), new ClaimsBudget(1536)),
            chain.cookies, chain.names, chain.clock);

    private RequestAuth loggedIn(FakeHttp http) {
        String token = chain.krakenToken("EMAIL-AND-PASSWORD");
        RequestAuth auth = ChainFixture.auth(http);
        auth.authenticate(AuthMethod.ACCESS_TOKEN, chain.verifier.tokens().decode(token).orElseThrow());
        return auth;
    }

    @Test
    void anApplicationsMergeThatWouldNotFitIsRefusedAndNothingIsSet() {
        FakeHttp http = new FakeHttp();
        RequestAuth auth = loggedIn(http);

        assertThrows(IllegalArgumentException.class, () -> payloads.merge(auth, Map.of("basket", "x".repeat(2000))));

        assertNull(http.setCookie("sessionPayload"));
        assertTrue(auth.payloadClaims().isEmpty());
    }

    @Test
    void atLoginTheGuestClaimsThatDoNotFitAreDroppedByNameAndTheRestCarried() {
        FakeHttp http = new FakeHttp();
        RequestAuth auth = loggedIn(http);
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("tariff", "Agile");
        guest.put("basket", "x".repeat(2000));
        guest.put("postcode", "SW1A");
        String logged;
        try (CapturedLog log = CapturedLog.of(SessionPayloads.class)) {
            payloads.mergeWhatFits(auth, guest);
            logged = log.text();
        }

        assertEquals(Map.of("tariff", "Agile", "postcode", "SW1A"), auth.payloadClaims());
        assertTrue(http.setCookie("sessionPayload") != null);
        assertTrue(logged.startsWith("KPA-SESSION-003") && logged.contains("[basket]"), logged);
        assertTrue(!logged.contains("xxxx"));
    }
}
