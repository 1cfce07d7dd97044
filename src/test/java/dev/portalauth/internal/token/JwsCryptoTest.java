package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.Security;
import org.junit.jupiter.api.Test;

/**
 * ES256 in BouncyCastle is an implementation detail: signatures cross to and from the JDK's own
 * provider unchanged, and the JVM's provider list is left as it was.
 */
class JwsCryptoTest {

    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k").build();
    private static final byte[] INPUT = "header.payload".getBytes(StandardCharsets.US_ASCII);

    private final ECKey key = generate();

    @Test
    void whatTheModuleSignsVerifiesWithTheJdkProvider() throws Exception {
        Base64URL signature = JwsCrypto.signer(key).sign(HEADER, INPUT);

        assertTrue(new ECDSAVerifier(key.toPublicJWK()).verify(HEADER, INPUT, signature));
    }

    @Test
    void whatTheJdkProviderSignsVerifiesInTheModule() throws Exception {
        Base64URL signature = new ECDSASigner(key).sign(HEADER, INPUT);

        assertTrue(JwsCrypto.verifier(key.toPublicJWK()).verify(HEADER, INPUT, signature));
    }

    @Test
    void aSignatureOverOtherBytesOrUnderAnotherKeyIsRefused() throws Exception {
        Base64URL signature = JwsCrypto.signer(key).sign(HEADER, INPUT);

        assertFalse(JwsCrypto.verifier(key.toPublicJWK()).verify(HEADER, "header.payloaD".getBytes(StandardCharsets.US_ASCII), signature));
        assertFalse(JwsCrypto.verifier(generate().toPublicJWK()).verify(HEADER, INPUT, signature));
    }

    @Test
    void noProviderIsRegisteredWithTheJvm() throws Exception {
        Provider[] before = Security.getProviders();

        JwsCrypto.verifier(key.toPublicJWK()).verify(HEADER, INPUT, JwsCrypto.signer(key).sign(HEADER, INPUT));

        assertArrayEquals(before, Security.getProviders(), "the portal's server keeps its own providers");
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
