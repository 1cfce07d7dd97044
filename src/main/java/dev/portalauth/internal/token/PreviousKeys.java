package dev.portalauth.internal.token;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** The retired keys of {@code previous-keys-location}: public RSA ≥ 2048 / EC P-256 JWKs. */
final class PreviousKeys {

    private PreviousKeys() {
    }

    /** The public keys of a previous-keys JWKS: RSA ≥ 2048 / EC P-256, each under its own id. */
    static List<JWK> read(String json) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw bad("not a JWKS document");
        }
        List<JWK> keys = new ArrayList<>();
        for (JWK key : set.getKeys()) {
            JWK publicKey = usable(key).toPublicJWK();
            String kid = publicKey.getKeyID() != null ? publicKey.getKeyID() : SigningKeys.defaultKeyId("s-", publicKey);
            if (keys.stream().anyMatch(k -> k.getKeyID().equals(kid))) {
                throw bad("key id '" + kid + "' appears twice");
            }
            keys.add(withKeyId(publicKey, kid));
        }
        return List.copyOf(keys);
    }

    private static JWK usable(JWK key) {
        if (key instanceof RSAKey rsa && rsa.size() >= PemPrivateKeys.MIN_RSA_BITS) {
            return key;
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return key;
        }
        throw bad("a " + key.getKeyType() + " key of " + key.size() + " bits"
                + (key instanceof ECKey ec ? " on " + ec.getCurve() : "") + " is not an RSA ≥ 2048 or EC P-256 key");
    }

    private static JWK withKeyId(JWK publicKey, String kid) {
        return publicKey instanceof RSAKey rsa
                ? new RSAKey.Builder(rsa).keyID(kid).build()
                : new ECKey.Builder(publicKey.toECKey()).keyID(kid).build();
    }

    private static InvalidKeyConfigException bad(String reason) {
        return new InvalidKeyConfigException(TokenMessages.BAD_PREVIOUS_KEYS,
                ConfigKeys.PREVIOUS_KEYS_LOCATION, reason);
    }
}
