package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/** {@code kraken.jwks-uri} set: keys are fetched over HTTP, with timeouts, and their absence is survivable. */
class KrakenTokenVerifierRemoteJwksTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final JwksServer server = new JwksServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tokensAreVerifiedAgainstTheFetchedJwksWhichIsFetchedOnce() throws Exception {
        KrakenTokenVerifier verifier = verifier(jwksUri());

        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));
        assertEquals(Verdict.PROVEN, JwksServer.signature(verifier, KrakenIssuer.es256(KrakenIssuer.claims(clock).build())));
        assertEquals(1, server.fetches.get());
    }

    @Test
    void aJwksThatCannotBeFetchedLeavesTokensUndecidedWithOneWarningAndNoToken() throws Exception {
        server.status.set(500);
        KrakenTokenVerifier verifier = verifier(jwksUri());
        String first = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());
        String second = KrakenIssuer.es256(KrakenIssuer.claims(clock).build());

        try (CapturedLog log = CapturedLog.of(KrakenTokenVerifier.class)) {
            assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, first));
            assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, second));

            assertEquals(1, log.records().stream().filter(r -> r.getLevel() == Level.WARNING).count(), log.text());
            assertTrue(log.text().startsWith("KPA-TOKEN-003 "), log.text());
            assertFalse(log.text().contains(first) || log.text().contains(second));
        }
    }

    @Test
    void anUnreachableJwksLeavesTokensUndecidedWithoutAnException() throws Exception {
        URI closed = jwksUri();
        server.close();
        KrakenTokenVerifier verifier = verifier(closed);

        assertEquals(Verdict.UNDECIDED, JwksServer.signature(verifier, KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())));
    }

    @Test
    void aTokenUndecidedDuringAnOutageIsProvenOnceTheJwksIsBack() throws Exception {
        server.status.set(500);
        KrakenTokenVerifier verifier = verifier(jwksUri());
        KrakenToken token = verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())).orElseThrow();
        assertEquals(Verdict.UNDECIDED, verifier.signature(token));

        server.status.set(200);
        clock.advance(Duration.ofMinutes(1));

        assertEquals(Verdict.PROVEN, verifier.signature(token));
    }


    @Test
    void aJwksUriThatIsNotAUrlIsAConfigurationError() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> verifier(URI.create("relative/jwks.json")));

        assertTrue(e.getMessage().startsWith("KPA-TOKEN-105 kraken.jwks-uri: "), e.getMessage());
    }

    private KrakenTokenVerifier verifier(URI jwks) {
        return new KrakenTokenVerifier(Optional.of(jwks), Duration.ofSeconds(1), Duration.ofSeconds(1), 100, clock);
    }

    private URI jwksUri() {
        return server.uri();
    }
}
