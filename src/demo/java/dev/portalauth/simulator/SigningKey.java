package dev.portalauth.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The simulator's RSA signing key, read from a PKCS#8 PEM (a committed demo secret, fixed so
 * tokens survive a restart), with its {@code kid} (the RFC 7638 thumbprint, stable for a fixed key)
 * and the public JWKS.
 */
final class SigningKey {

    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final RSAKey jwk;
    private final String jwksJson;

    private SigningKey(RSAKey jwk) {
        this.jwk = jwk;
        this.jwksJson = new JWKSet(jwk.toPublicJWK()).toString();
    }

    /** @throws IllegalArgumentException when the text is not an RSA PKCS#8 PEM (the message never holds key material) */
    static SigningKey fromPkcs8Pem(String pem) {
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("SIM-KEY-1: the signing key is not a PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        String base64 = pem.substring(begin + PEM_BEGIN.length(), end).replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII))));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new SigningKey(new RSAKey.Builder(withoutId)
                    .keyID("sim-" + withoutId.computeThumbprint())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            throw new IllegalArgumentException("SIM-KEY-2: the signing key is not a readable RSA private key", e);
        }
    }

    RSAKey jwk() {
        return jwk;
    }

    String keyId() {
        return jwk.getKeyID();
    }

    /** {@code {"keys":[…]}} with the public key only. */
    String jwksJson() {
        return jwksJson;
    }
}
