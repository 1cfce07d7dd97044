package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * ES256 in BouncyCastle, handed to each signer and verifier through its own JCA context: on the
 * benchmark machine a P-256 signature took ~160 µs there against ~600–850 µs in the JDK 17
 * provider, a verification ~150 against ~1300 µs (docs/BENCHMARKS.md), and a first visit is one
 * signature. The provider is never registered with {@code java.security.Security}, so nothing else
 * in the portal's server changes behaviour. Loaded only when BouncyCastle is on the class path
 * ({@link Es256Crypto#available()}).
 */
final class BouncyCastleEs256 implements Es256Crypto {

    /**
     * Our own instance, not Nimbus's {@code BouncyCastleProviderSingleton}: Payara Micro ships its
     * own Nimbus, whose class loader cannot see the BouncyCastle jar in this WAR.
     */
    private final Provider bouncyCastle = new BouncyCastleProvider();

    @Override
    public JWSSigner signer(ECKey key) throws JOSEException {
        ECDSASigner signer = new ECDSASigner(inBouncyCastle(key.toECPrivateKey(), ECPrivateKey.class));
        signer.getJCAContext().setProvider(bouncyCastle);
        return signer;
    }

    @Override
    public JWSVerifier verifier(ECKey publicKey) throws JOSEException {
        ECDSAVerifier verifier = new ECDSAVerifier(inBouncyCastle(publicKey.toECPublicKey(), ECPublicKey.class));
        verifier.getJCAContext().setProvider(bouncyCastle);
        return verifier;
    }

    /**
     * The same key as a BouncyCastle key object: BouncyCastle keeps its precomputed multiples of the
     * curve's base point with its own key's parameters, and rebuilds them for every signature made
     * with a JDK key object (measured: ~950 against ~160 µs a signature).
     */
    private <K extends Key> K inBouncyCastle(Key key, Class<K> type) throws JOSEException {
        try {
            return type.cast(KeyFactory.getInstance("EC", bouncyCastle).translateKey(key));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new JOSEException("BouncyCastle cannot take the EC key", e);
        }
    }
}
