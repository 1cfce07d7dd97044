package dev.portalauth.internal.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;

/**
 * Signs and verifies with the module's {@link JwsCrypto} and crosses both ways with Nimbus's plain
 * JDK signer and verifier: run inside a class loader that may lack BouncyCastle
 * ({@link Es256WithoutBouncyCastleTest}).
 */
public final class Es256RoundTrip {

    private Es256RoundTrip() {
    }

    /** {@code true} when every signature verified and a tampered one did not. */
    public static boolean run() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k").build();
        byte[] input = "header.payload".getBytes(StandardCharsets.US_ASCII);

        Base64URL ours = JwsCrypto.signer(key).sign(header, input);
        Base64URL jdks = new ECDSASigner(key).sign(header, input);
        return JwsCrypto.verifier(key.toPublicJWK()).verify(header, input, ours)
                && new ECDSAVerifier(key.toPublicJWK()).verify(header, input, ours)
                && JwsCrypto.verifier(key.toPublicJWK()).verify(header, input, jdks)
                && !JwsCrypto.verifier(key.toPublicJWK()).verify(header, "header.payloaD".getBytes(StandardCharsets.US_ASCII), ours);
    }
}
