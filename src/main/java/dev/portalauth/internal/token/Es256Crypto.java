package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.util.logging.Logger;

/**
 * ES256 signers and verifiers of the module's EC P-256 keys, in one JCA provider. BouncyCastle when
 * the portal ships it (several times faster: docs/BENCHMARKS.md), else the JDK's own: the same
 * tokens either way. Only {@link BouncyCastleEs256} names BouncyCastle's classes, and it is loaded
 * only when they are there, so a WAR without {@code bcprov-jdk18on} never meets a
 * {@code NoClassDefFoundError}.
 */
interface Es256Crypto {

    /** The class whose presence decides. */
    String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    /** Signs with an EC P-256 private key. */
    JWSSigner signer(ECKey key) throws JOSEException;

    /** Verifies with an EC P-256 public key. */
    JWSVerifier verifier(ECKey publicKey) throws JOSEException;

    /** The provider the module's own class loader can reach: BouncyCastle if it sees it. */
    static Es256Crypto available() {
        if (visible(BOUNCY_CASTLE, Es256Crypto.class.getClassLoader())) {
            return new BouncyCastleEs256();
        }
        TokenMessages.JDK_SIGNATURES.log(Logger.getLogger(Es256Crypto.class.getName()));
        return new JdkEs256();
    }

    private static boolean visible(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
