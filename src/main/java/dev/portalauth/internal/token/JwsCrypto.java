package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one place that builds the module's signers and verifiers. ES256 runs in BouncyCastle,
 * handed to each signer and verifier through its own JCA context: on this machine a P-256
 * signature took ~160 µs there against ~600–850 µs in the JDK 17 provider, a verification ~150
 * against ~1300 µs (docs/BENCHMARKS.md), and a first visit is one signature. The provider is never
 * registered with {@code java.security.Security}, so nothing else in the portal's server changes
 * behaviour. RSA stays with the JDK, which is the faster of the two there. The tokens are plain
 * ES256/RS256: any JOSE library verifies them from the published JWKS.
 */
final class JwsCrypto {

    /**
     * Our own instance, not Nimbus's {@code BouncyCastleProviderSingleton}: Payara Micro ships its
     * own Nimbus, whose class loader cannot see the BouncyCastle jar in this WAR.
     */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private JwsCrypto() {
    }

    /** Signs with {@code key} (an RSA or EC P-256 private JWK). */
    static JWSSigner signer(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSASigner(rsa);
        }
        ECDSASigner signer = new ECDSASigner(inBouncyCastle(key.toECKey().toECPrivateKey(), ECPrivateKey.class));
        signer.getJCAContext().setProvider(BOUNCY_CASTLE);
        return signer;
    }

    /** Verifies with {@code publicKey} (an RSA or EC P-256 public JWK). */
    static JWSVerifier verifier(JWK publicKey) throws JOSEException {
        if (publicKey instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        ECDSAVerifier verifier = new ECDSAVerifier(inBouncyCastle(publicKey.toECKey().toECPublicKey(), ECPublicKey.class));
        verifier.getJCAContext().setProvider(BOUNCY_CASTLE);
        return verifier;
    }

    /**
     * The same key as a BouncyCastle key object: BouncyCastle keeps its precomputed multiples of the
     * curve's base point with its own key's parameters, and rebuilds them for every signature made
     * with a JDK key object (measured: ~950 against ~160 µs a signature).
     */
    private static <K extends Key> K inBouncyCastle(Key key, Class<K> type) throws JOSEException {
        try {
            return type.cast(KeyFactory.getInstance("EC", BOUNCY_CASTLE).translateKey(key));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new JOSEException("BouncyCastle cannot take the EC key", e);
        }
    }
}
