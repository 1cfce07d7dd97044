package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * What every Kraken token in a cookie must be whatever proves it, and what
 * a verifier without {@code kraken.jwks-uri} can say of signatures: nothing.
 */
class KrakenTokenVerifierDecodeOnlyTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final KrakenTokenVerifier verifier = decodeOnly();

    @Test
    void aWellFormedLiveTokenDecodesWhateverKeySignedIt() throws Exception {
        String hmac = KrakenIssuer.hs256(KrakenIssuer.claims(clock).build(), new byte[32]);
        String rsa = KrakenIssuer.rs256WithKid(KrakenIssuer.claims(clock).build(), "any");

        assertEquals("kraken|account-user:123", verifier.decode(hmac).orElseThrow().getName());
        assertTrue(verifier.decode(rsa).isPresent());
    }

    @Test
    void aRepeatedVerifyIsAnsweredFromTheCache() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());

        assertSame(verifier.decode(raw).orElseThrow(), verifier.decode(raw).orElseThrow());
    }

    @Test
    void anExpiredTokenIsInvalid() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());

        clock.advance(Duration.ofHours(1));

        assertEquals(Optional.empty(), verifier.decode(raw));
    }

    @Test
    void anUnsignedTokenIsInvalid() {
        JWTClaimsSet claims = KrakenIssuer.claims(clock).build();
        String noneWithSignature = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(claims.toString()) + ".c2ln";
        String hs256WithoutSignature = Base64URL.encode("{\"alg\":\"HS256\"}") + "." + Base64URL.encode(claims.toString()) + ".";

        assertEquals(Optional.empty(), verifier.decode(new PlainJWT(claims).serialize()));
        assertEquals(Optional.empty(), verifier.decode(noneWithSignature));
        assertEquals(Optional.empty(), verifier.decode(hs256WithoutSignature));
    }

    @Test
    void anEncryptedTokenIsInvalid() throws Exception {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
                KrakenIssuer.claims(clock).build());
        jwe.encrypt(new RSAEncrypter(KrakenIssuer.RSA));

        assertEquals(Optional.empty(), verifier.decode(jwe.serialize()));
    }

    @Test
    void aTokenWithoutSubjectExpiryOrIssueTimeIsInvalid() throws Exception {
        assertEquals(Optional.empty(), verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).subject(null).build())));
        assertEquals(Optional.empty(), verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).expirationTime(null).build())));
        assertEquals(Optional.empty(), verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).issueTime(null).build())));
    }

    @Test
    void aNonNumericExpiryIsInvalid() {
        String payload = "{\"sub\":\"kraken|account-user:1\",\"iat\":1,\"exp\":\"tomorrow\"}";
        String raw = Base64URL.encode("{\"alg\":\"RS256\"}") + "." + Base64URL.encode(payload) + ".c2ln";

        assertEquals(Optional.empty(), verifier.decode(raw));
    }

    @Test
    void withoutAJwksNoSignatureIsEverProven() throws Exception {
        KrakenToken token = verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).build())).orElseThrow();

        assertEquals(Verdict.REFUSED, verifier.signature(token));
    }

    @Test
    void aTokenIssuedOrValidOnlyMoreThanAMinuteAheadIsNotUsableNow() throws Exception {
        Date later = Date.from(clock.instant().plusSeconds(61));
        Date soon = Date.from(clock.instant().plusSeconds(59));

        assertEquals(Optional.empty(), verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).notBeforeTime(later).build())));
        assertEquals(Optional.empty(), verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).issueTime(later).build())));
        assertTrue(verifier.decode(KrakenIssuer.rs256(KrakenIssuer.claims(clock).notBeforeTime(soon).issueTime(soon).build())).isPresent());
    }

    @Test
    void startingWithoutAJwksLogsAWarning() {
        try (CapturedLog log = CapturedLog.of(KrakenTokenVerifier.class)) {
            decodeOnly();

            assertTrue(log.records().stream().anyMatch(r -> r.getLevel() == Level.WARNING
                    && r.getMessage().startsWith("KPA-TOKEN-002 kraken.jwks-uri is not set")), log.text());
        }
    }

    private KrakenTokenVerifier decodeOnly() {
        return new KrakenTokenVerifier(Optional.empty(), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, clock);
    }
}
