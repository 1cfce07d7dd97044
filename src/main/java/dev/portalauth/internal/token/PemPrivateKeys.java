package dev.portalauth.internal.token;

import com.nimbusds.jose.jwk.Curve;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the module's signing key: one PKCS#8 PEM private key, RSA of at least 2048 bits or EC
 * P-256, with its public half. Errors name the configuration key and the kind of problem, never
 * any key material.
 */
final class PemPrivateKeys {

    static final int MIN_RSA_BITS = 2048;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final String PKCS8_LABEL = "PRIVATE KEY";

    private PemPrivateKeys() {
    }

    /**
     * @param pem       the PEM text
     * @param configKey the configuration key it came from, for error messages
     * @throws InvalidKeyConfigException when it is not a usable key
     */
    static KeyPair read(String pem, String configKey) {
        Matcher matcher = PEM.matcher(pem);
        if (!matcher.find()) {
            throw unusable(configKey, "not a PEM private key (expected -----BEGIN " + PKCS8_LABEL + "-----)");
        }
        String label = matcher.group(1);
        if (!PKCS8_LABEL.equals(label)) {
            throw unusable(configKey, "found a PEM '" + label + "'; expected an unencrypted PKCS#8 '"
                    + PKCS8_LABEL + "' (convert with: openssl pkcs8 -topk8 -nocrypt)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw unusable(configKey, "the PEM body is not valid base64");
        }
        return keyPair(der, configKey);
    }

    private static KeyPair keyPair(byte[] der, String configKey) {
        PrivateKey key = decode(der, configKey);
        try {
            if (key instanceof RSAPrivateCrtKey rsa) {
                int bits = rsa.getModulus().bitLength();
                if (bits < MIN_RSA_BITS) {
                    throw unusable(configKey, "RSA key of " + bits + " bits is too weak (minimum " + MIN_RSA_BITS + ")");
                }
                RSAPublicKeySpec publicSpec = new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent());
                return new KeyPair(KeyFactory.getInstance("RSA").generatePublic(publicSpec), rsa);
            }
            if (key instanceof ECPrivateKey ec) {
                Curve curve = Curve.forECParameterSpec(ec.getParams());
                if (!Curve.P_256.equals(curve)) {
                    throw unusable(configKey, "EC key on curve " + (curve == null ? "(unknown)" : curve.getName())
                            + " is not supported (P-256 expected)");
                }
                return new KeyPair(EcPublicKeys.publicKeyOf(ec), ec);
            }
        } catch (GeneralSecurityException e) {
            throw unusable(configKey, "the public key cannot be derived (" + e.getClass().getSimpleName() + ")");
        }
        throw unusable(configKey, key.getAlgorithm() + " keys are not supported (RSA ≥ 2048 or EC P-256 expected)");
    }

    private static PrivateKey decode(byte[] der, String configKey) {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (InvalidKeySpecException e) {
                // not this algorithm; try the next
            } catch (GeneralSecurityException e) {
                throw unusable(configKey, algorithm + " keys are not available in this JVM");
            }
        }
        throw unusable(configKey, "not a PKCS#8 RSA or EC private key");
    }

    private static InvalidKeyConfigException unusable(String configKey, String reason) {
        return new InvalidKeyConfigException(TokenMessages.UNUSABLE_KEY, configKey, reason);
    }
}
