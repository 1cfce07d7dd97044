package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.internal.support.CapturedLog;

class ModuleKeysTest {

    private static final ClassLoader LOADER = ModuleKeysTest.class.getClassLoader();

    @TempDir
    Path dir;

    @Test
    void anRsaKeySignsWithRs256AndAnEcKeyWithEs256() {
        assertEquals(JWSAlgorithm.RS256, Fixtures.keysFromPem("rsa-2048.pem").algorithm());
        assertEquals(JWSAlgorithm.ES256, Fixtures.keysFromPem("ec-p256.pem").algorithm());
    }

    @Test
    void aStaticKeyIsNamedSDashItsThumbprintUnlessAKeyIdIsConfigured() throws Exception {
        ModuleKeys keys = Fixtures.keysFromPem("ec-p256.pem");
        String thumbprint = keys.publicJwks().getKeys().get(0).computeThumbprint().toString();
        assertEquals("s-" + thumbprint, keys.keyId());

        ModuleKeys named = ModuleKeys.load(Optional.of(Fixtures.pem("ec-p256.pem")), Optional.empty(),
                Optional.of("portal-2025"), Optional.empty(), LOADER);
        assertEquals("portal-2025", named.keyId());
        assertEquals("portal-2025", named.publicJwks().getKeys().get(0).getKeyID());
    }

    @Test
    void theKeyIsReadFromAFilePathAFileUrlOrTheClasspath() throws Exception {
        Path file = Files.writeString(dir.resolve("key.pem"), Fixtures.pem("rsa-2048.pem"));
        String expected = Fixtures.keysFromPem("rsa-2048.pem").keyId();

        for (String location : List.of(file.toString(), file.toUri().toString(), "classpath:token/rsa-2048.pem")) {
            ModuleKeys keys = ModuleKeys.load(Optional.empty(), Optional.of(location), Optional.empty(),
                    Optional.empty(), LOADER);
            assertEquals(expected, keys.keyId(), location);
        }
    }

    @Test
    void anUnreadableLocationIsAnErrorNamingTheLocationKey() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class, () -> ModuleKeys.load(
                Optional.empty(), Optional.of("classpath:token/missing.pem"), Optional.empty(), Optional.empty(), LOADER));

        assertEquals("KPA-TOKEN-103 kraken.auth.guest.signing-key-location: cannot read classpath:token/missing.pem"
                + " (no such resource)", e.getMessage());
    }

    @Test
    void aWeakKeyAtALocationIsAnErrorNamingTheLocationKey() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class, () -> ModuleKeys.load(
                Optional.empty(), Optional.of("classpath:token/rsa-1024.pem"), Optional.empty(), Optional.empty(), LOADER));

        assertEquals("KPA-TOKEN-101 kraken.auth.guest.signing-key-location: RSA key of 1024 bits is too weak"
                + " (minimum 2048)", e.getMessage());
    }

    @Test
    void anInlineKeyAndALocationTogetherAreAnErrorNamingBoth() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class, () -> ModuleKeys.load(
                Optional.of(Fixtures.pem("ec-p256.pem")), Optional.of("classpath:token/ec-p256.pem"),
                Optional.empty(), Optional.empty(), LOADER));

        assertTrue(e.getMessage().startsWith("KPA-TOKEN-102 kraken.auth.guest.signing-key: "), e.getMessage());
        assertTrue(e.getMessage().contains("kraken.auth.guest.signing-key-location"), e.getMessage());
    }

    @Test
    void withoutAConfiguredKeyAnEphemeralEcKeyIsGeneratedWithAWarning() {
        try (CapturedLog log = CapturedLog.of(ModuleKeys.class)) {
            ModuleKeys keys = ModuleKeys.load(Optional.empty(), Optional.empty(), Optional.of("ignored"),
                    Optional.empty(), LOADER);

            assertEquals(JWSAlgorithm.ES256, keys.algorithm());
            assertTrue(keys.keyId().startsWith("e-"), keys.keyId());
            assertTrue(log.records().stream().anyMatch(r -> r.getLevel() == Level.WARNING
                    && r.getMessage().startsWith("KPA-TOKEN-001 ")
                    && r.getMessage().contains("will not survive a restart")));
        }
    }

    @Test
    void eachEphemeralKeyIsNew() {
        ModuleKeys first = ModuleKeys.load(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), LOADER);
        ModuleKeys second = ModuleKeys.load(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), LOADER);

        assertFalse(first.keyId().equals(second.keyId()));
    }

    @Test
    void thePublicJwksHoldsTheCurrentAndPreviousKeysAndNoPrivatePart() throws Exception {
        ModuleKeys keys = withPrevious("rsa-2048.pem", Fixtures.keysFromPem("ec-p256.pem").publicJwks());

        JWKSet jwks = keys.publicJwks();
        assertEquals(2, jwks.getKeys().size());
        assertEquals(keys.keyId(), jwks.getKeys().get(0).getKeyID());
        for (JWK key : jwks.getKeys()) {
            assertFalse(key.isPrivate(), key.getKeyID());
        }
        String json = jwks.toString(false);
        for (String privateMember : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
            assertFalse(json.contains(privateMember), privateMember);
        }
    }

    @Test
    void thePreviousKeysMayHoldTheSigningKeysOwnPublicKey() throws Exception {
        ModuleKeys keys = withPrevious("ec-p256.pem", Fixtures.keysFromPem("ec-p256.pem").publicJwks());

        assertEquals(1, keys.publicJwks().getKeys().size());
    }

    @Test
    void anotherKeyCannotReuseTheCurrentKeyId() throws Exception {
        String currentKid = Fixtures.keysFromPem("ec-p256.pem").keyId();
        JWK impostor = new RSAKey.Builder((RSAKey) Fixtures.keysFromPem("rsa-2048.pem").publicJwks().getKeys().get(0))
                .keyID(currentKid).build();

        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> withPrevious("ec-p256.pem", new JWKSet(impostor)));

        assertEquals(InvalidKeyConfigException.BAD_PREVIOUS_KEYS, e.code());
    }

    private ModuleKeys withPrevious(String currentPem, JWKSet previous) throws Exception {
        Path file = Files.writeString(dir.resolve("previous.json"), previous.toString(false));
        return ModuleKeys.load(Optional.of(Fixtures.pem(currentPem)), Optional.empty(), Optional.empty(),
                Optional.of(file.toString()), LOADER);
    }
}
