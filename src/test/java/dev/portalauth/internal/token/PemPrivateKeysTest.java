package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PemPrivateKeysTest {

    private static final String KEY = "kraken.auth.guest.signing-key";

    @Test
    void anRsa2048Pkcs8KeyIsReadWithItsPublicHalf() {
        KeyPair pair = PemPrivateKeys.read(Fixtures.pem("rsa-2048.pem"), KEY);

        RSAPrivateCrtKey privateKey = assertInstanceOf(RSAPrivateCrtKey.class, pair.getPrivate());
        RSAPublicKey publicKey = assertInstanceOf(RSAPublicKey.class, pair.getPublic());
        assertEquals(privateKey.getModulus(), publicKey.getModulus());
        assertEquals(privateKey.getPublicExponent(), publicKey.getPublicExponent());
    }

    @Test
    void anEcP256KeyIsReadWithThePublicKeyOpensslComputes() throws Exception {
        KeyPair pair = PemPrivateKeys.read(Fixtures.pem("ec-p256.pem"), KEY);

        assertInstanceOf(ECPrivateKey.class, pair.getPrivate());
        assertEquals(opensslPublicKey("ec-p256-public.pem"), pair.getPublic());
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "rsa-1024.pem           | RSA key of 1024 bits is too weak (minimum 2048)",
        "ec-p384.pem            | EC key on curve P-384 is not supported (P-256 expected)",
        "rsa-2048-pkcs1.pem     | found a PEM 'RSA PRIVATE KEY'",
        "ec-p256-encrypted.pem  | found a PEM 'ENCRYPTED PRIVATE KEY'",
        "rsa-2048-public.pem    | found a PEM 'PUBLIC KEY'",
        "ed25519.pem            | not a PKCS#8 RSA or EC private key",
        "garbage.pem            | not a PKCS#8 RSA or EC private key",
    })
    void unusableKeysAreRejectedWithAMessageNamingTheConfigKeyAndTheProblem(String fixture, String problem) {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> PemPrivateKeys.read(Fixtures.pem(fixture), KEY));

        assertTrue(e.getMessage().startsWith("KPA-TOKEN-101 " + KEY + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(KEY, e.configKey());
        assertFalse(e.getMessage().contains(Fixtures.pemBody(fixture)), "no key material in the message");
    }

    @Test
    void textThatIsNotPemIsRejectedWithoutEchoingIt() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> PemPrivateKeys.read("s3cr3t-not-a-key", KEY));

        assertTrue(e.getMessage().contains("not a PEM private key"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"));
    }

    private static PublicKey opensslPublicKey(String fixture) throws Exception {
        String body = Fixtures.pem(fixture).replaceAll("-----[A-Z ]+-----", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    }
}
