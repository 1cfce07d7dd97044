package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/** ES256 in the JDK's own provider (SunEC): what runs when the portal leaves BouncyCastle out. */
final class JdkEs256 implements Es256Crypto {

    @Override
    public JWSSigner signer(ECKey key) throws JOSEException {
        return new ECDSASigner(key);
    }

    @Override
    public JWSVerifier verifier(ECKey publicKey) throws JOSEException {
        return new ECDSAVerifier(publicKey);
    }
}
