package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The one place that builds the module's signers and verifiers. ES256 runs in BouncyCastle when the
 * portal ships it, else in the JDK ({@link Es256Crypto}); RSA stays with the JDK, which is the faster
 * of the two there. The tokens are plain ES256/RS256: any JOSE library verifies them from the
 * published JWKS.
 */
final class JwsCrypto {

    private static final Es256Crypto ES256 = Es256Crypto.available();

    private JwsCrypto() {
    }

    /** Signs with {@code key} (an RSA or EC P-256 private JWK). */
    static JWSSigner signer(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSASigner(rsa);
        }
        return ES256.signer(key.toECKey());
    }

    /** Verifies with {@code publicKey} (an RSA or EC P-256 public JWK). */
    static JWSVerifier verifier(JWK publicKey) throws JOSEException {
        if (publicKey instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        return ES256.verifier(publicKey.toECKey());
    }
}
