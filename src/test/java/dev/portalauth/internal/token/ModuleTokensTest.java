package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.internal.support.MutableClock;

class ModuleTokensTest {

    private static final String ISSUER = "kraken-portal-auth";
    private static final ModuleKeys RSA_KEYS = Fixtures.keysFromPem("rsa-2048.pem");
    private static final ModuleKeys EC_KEYS = Fixtures.keysFromPem("ec-p256.pem");

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens tokens = new ModuleTokens(RSA_KEYS, ISSUER, clock, 100);

    @TempDir
    Path dir;

    @Test
    void aSignedTokenVerifiesWithItsClaimsAndTheModulesRegisteredClaims() throws Exception {
        String raw = tokens.sign(TokenKind.GUEST, Map.of("sub", "G-1", "theme", "dark"), inOneHour());

        JWTClaimsSet claims = coldVerifier(RSA_KEYS).verify(TokenKind.GUEST, raw).orElseThrow();
        assertEquals("G-1", claims.getSubject());
        assertEquals("dark", claims.getStringClaim("theme"));
        assertEquals(ISSUER, claims.getIssuer());
        assertNotNull(claims.getIssueTime());
        assertEquals(inOneHour().getEpochSecond(), claims.getExpirationTime().toInstant().getEpochSecond());
        assertNotNull(claims.getJWTID());

        JWSHeader header = SignedJWT.parse(raw).getHeader();
        assertEquals(JWSAlgorithm.RS256, header.getAlgorithm());
        assertEquals(new JOSEObjectType("kpa-guest+jwt"), header.getType());
        assertEquals(RSA_KEYS.keyId(), header.getKeyID());
    }

    @Test
    void anEcKeyTokenVerifiesToo() {
        ModuleTokens ecTokens = new ModuleTokens(EC_KEYS, ISSUER, clock, 100);
        String raw = ecTokens.sign(TokenKind.SESSION_PAYLOAD, Map.of("sub", "kraken|account-user:1"), inOneHour());

        assertTrue(coldVerifier(EC_KEYS).verify(TokenKind.SESSION_PAYLOAD, raw).isPresent());
    }

    @Test
    void theModulesIssuerExpiryAndIdWinOverTheCallersClaims() throws Exception {
        String raw = tokens.sign(TokenKind.APPLICATION, Map.of("iss", "evil", "exp", 1, "jti", "mine"), inOneHour());

        JWTClaimsSet claims = SignedJWT.parse(raw).getJWTClaimsSet();
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(inOneHour().getEpochSecond(), claims.getExpirationTime().toInstant().getEpochSecond());
        assertNotEquals("mine", claims.getJWTID());
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        String first = tokens.sign(TokenKind.GUEST, Map.of(), inOneHour());
        String second = tokens.sign(TokenKind.GUEST, Map.of(), inOneHour());

        assertNotEquals(SignedJWT.parse(first).getJWTClaimsSet().getJWTID(),
                SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
    }

    @Test
    void aRepeatedVerifyIsAnsweredFromTheCache() {
        String raw = tokens.sign(TokenKind.GUEST, Map.of(), inOneHour());
        ModuleTokens verifier = coldVerifier(RSA_KEYS);

        assertSame(verifier.verify(TokenKind.GUEST, raw).orElseThrow(), verifier.verify(TokenKind.GUEST, raw).orElseThrow());
    }

    @Test
    void signingATokenThatIsAlreadyExpiredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tokens.sign(TokenKind.GUEST, Map.of(), clock.instant()));
    }

    @Test
    void aTamperedPayloadIsRejected() throws Exception {
        String raw = tokens.sign(TokenKind.GUEST, Map.of("sub", "G-1"), inOneHour());
        String[] parts = raw.split("\\.");
        JWTClaimsSet forged = new JWTClaimsSet.Builder(SignedJWT.parse(raw).getJWTClaimsSet()).subject("G-2").build();
        String tampered = parts[0] + "." + Base64URL.encode(forged.toString()) + "." + parts[2];

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, tampered));
    }

    @Test
    void anExpiredTokenIsRejectedEvenAfterItWasCached() {
        String raw = tokens.sign(TokenKind.GUEST, Map.of(), inOneHour());
        assertTrue(tokens.verify(TokenKind.GUEST, raw).isPresent());

        clock.advance(Duration.ofHours(1));

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, raw));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRejected() {
        JWTClaimsSet claims = validClaims();
        String plain = new PlainJWT(claims).serialize();
        String noneWithSignature = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"kpa-guest+jwt\",\"kid\":\""
                + RSA_KEYS.keyId() + "\"}") + "." + Base64URL.encode(claims.toString()) + ".c2ln";

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, plain));
        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, noneWithSignature));
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRejected() throws Exception {
        // The classic key confusion: a verifier that trusts alg would check this HMAC with the public key.
        for (byte[] secret : new byte[][] {
            RSA_KEYS.publicJwks().getKeys().get(0).toRSAKey().toPublicKey().getEncoded(),
            RSA_KEYS.publicJwks().toString().getBytes(StandardCharsets.UTF_8)}) {
            String forged = sign(new MACSigner(secret), JWSAlgorithm.HS256, RSA_KEYS.keyId(), "kpa-guest+jwt",
                    validClaims());

            assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, forged));
        }
    }

    @Test
    void aTokenNamingAnUnknownKeyIsRejected() throws Exception {
        ECKey foreign = new ECKeyGenerator(Curve.P_256).generate();
        String forged = sign(new ECDSASigner(foreign), JWSAlgorithm.ES256, "unknown", "kpa-guest+jwt", validClaims());
        ModuleTokens ecTokens = new ModuleTokens(EC_KEYS, ISSUER, clock, 100);

        assertEquals(Optional.empty(), ecTokens.verify(TokenKind.GUEST, forged));
    }

    @Test
    void aTokenSignedByAForeignKeyUnderOurKeyIdIsRejected() throws Exception {
        ECKey foreign = new ECKeyGenerator(Curve.P_256).generate();
        String forged = sign(new ECDSASigner(foreign), JWSAlgorithm.ES256, EC_KEYS.keyId(), "kpa-guest+jwt",
                validClaims());
        ModuleTokens ecTokens = new ModuleTokens(EC_KEYS, ISSUER, clock, 100);

        assertEquals(Optional.empty(), ecTokens.verify(TokenKind.GUEST, forged));
    }

    @Test
    void aTokenOfOneKindNeverPassesForAnother() {
        for (TokenKind issued : TokenKind.values()) {
            String raw = tokens.sign(issued, Map.of("sub", "x"), inOneHour());
            for (TokenKind expected : TokenKind.values()) {
                if (expected != issued) {
                    assertEquals(Optional.empty(), tokens.verify(expected, raw), issued + " as " + expected);
                    assertEquals(Optional.empty(), coldVerifier(RSA_KEYS).verify(expected, raw),
                            issued + " as " + expected + " (not cached)");
                }
            }
        }
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        String raw = new ModuleTokens(RSA_KEYS, "someone-else", clock, 100).sign(TokenKind.GUEST, Map.of(), inOneHour());

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, raw));
    }

    @Test
    void aTokenIssuedInTheFutureIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(validClaims())
                .issueTime(Date.from(clock.instant().plus(Duration.ofMinutes(5)))).build();
        String raw = sign(RSA_KEYS.signer(), JWSAlgorithm.RS256, RSA_KEYS.keyId(), "kpa-guest+jwt", claims);

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, raw));
    }

    @Test
    void aTokenWithoutAnIdIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(validClaims()).jwtID(null).build();
        String raw = sign(RSA_KEYS.signer(), JWSAlgorithm.RS256, RSA_KEYS.keyId(), "kpa-guest+jwt", claims);

        assertEquals(Optional.empty(), tokens.verify(TokenKind.GUEST, raw));
    }

    @Test
    void aTokenSignedWithAPreviousKeyStillVerifiesButNewTokensUseTheCurrentKey() throws Exception {
        String old = new ModuleTokens(EC_KEYS, ISSUER, clock, 100).sign(TokenKind.GUEST, Map.of("sub", "G-1"), inOneHour());
        Path previous = Files.writeString(dir.resolve("previous.json"), EC_KEYS.publicJwks().toString());
        ModuleKeys rotated = ModuleKeys.load(Optional.of(Fixtures.pem("rsa-2048.pem")), Optional.empty(),
                Optional.empty(), Optional.of(previous.toString()), getClass().getClassLoader());
        ModuleTokens afterRotation = new ModuleTokens(rotated, ISSUER, clock, 100);

        assertEquals("G-1", afterRotation.verify(TokenKind.GUEST, old).orElseThrow().getSubject());
        String fresh = afterRotation.sign(TokenKind.GUEST, Map.of(), inOneHour());
        assertEquals(RSA_KEYS.keyId(), SignedJWT.parse(fresh).getHeader().getKeyID());
    }

    @Test
    void anRs256HeaderOnAnEcKeyIdIsRejected() throws Exception {
        // The kid names the EC key; RS256 is not that key's algorithm, whatever the signature.
        String raw = sign(RSA_KEYS.signer(), JWSAlgorithm.RS256, EC_KEYS.keyId(), "kpa-guest+jwt", validClaims());
        ModuleTokens ecTokens = new ModuleTokens(EC_KEYS, ISSUER, clock, 100);

        assertEquals(Optional.empty(), ecTokens.verify(TokenKind.GUEST, raw));
    }

    private Instant inOneHour() {
        return clock.instant().plus(Duration.ofHours(1));
    }

    /** A second instance over the same keys: its cache has not seen the token. */
    private ModuleTokens coldVerifier(ModuleKeys keys) {
        return new ModuleTokens(keys, ISSUER, clock, 100);
    }

    private JWTClaimsSet validClaims() {
        return new JWTClaimsSet.Builder()
                .subject("G-1")
                .issuer(ISSUER)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(inOneHour()))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    static String sign(JWSSigner signer, JWSAlgorithm algorithm, String kid, String typ, JWTClaimsSet claims)
            throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm).keyID(kid).type(new JOSEObjectType(typ)).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
