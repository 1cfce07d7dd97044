package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * The module's signing key as a private JWK: read from a PKCS#8 PEM (RSA ≥ 2048 or EC P-256), or
 * generated for this run alone; each under a key id ({@code s-}/{@code e-} + its thumbprint unless
 * one is configured).
 */
final class SigningKeys {

    private SigningKeys() {
    }

    /** A PKCS#8 PEM signing key as a private JWK, under {@code keyId} or {@code s-} + its thumbprint. */
    static JWK fromPem(String pem, Optional<String> keyId, String configKey) {
        KeyPair pair = PemPrivateKeys.read(pem, configKey);
        JWK withoutId = toJwk(pair, null);
        return toJwk(pair, keyId.orElseGet(() -> defaultKeyId("s-", withoutId)));
    }

    /** A new EC P-256 key under {@code e-} + its thumbprint: it signs until the next restart. */
    static JWK ephemeral() {
        try {
            ECKey generated = new ECKeyGenerator(Curve.P_256).generate();
            return new ECKey.Builder(generated).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(defaultKeyId("e-", generated)).build();
        } catch (JOSEException e) {
            throw new IllegalStateException(TokenMessages.CANNOT_GENERATE_KEY.format(), e);
        }
    }

    /** {@code s-} + thumbprint: a static key gets a stable id that changes whenever the key does. */
    static String defaultKeyId(String prefix, JWK publicKey) {
        try {
            return prefix + publicKey.computeThumbprint();
        } catch (JOSEException e) {
            throw new IllegalStateException(TokenMessages.NO_SHA_256.format(), e);
        }
    }

    private static JWK toJwk(KeyPair pair, String kid) {
        if (pair.getPrivate() instanceof RSAPrivateKey rsa) {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(rsa)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(kid).build();
        }
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).privateKey((ECPrivateKey) pair.getPrivate())
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).keyID(kid).build();
    }
}
