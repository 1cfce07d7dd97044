package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The previous-keys file is a JWKS of public RSA ≥ 2048 or EC P-256 keys, each under its own id. */
class PreviousKeysSpec {

    @Test
    void aPreviousKeyWithoutKidIsNamedByItsThumbprint() throws Exception {
        JWK withoutKid = JWK.parse(Fixtures.keysFromPem("ec-p256.pem").publicJwks().getKeys().get(0)
                .toJSONObject().entrySet().stream().filter(e -> !e.getKey().equals("kid"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

        JWK read = PreviousKeys.read(new JWKSet(withoutKid).toString(false)).get(0);

        assertEquals("s-" + withoutKid.computeThumbprint(), read.getKeyID());
    }

    @Test
    void aMalformedPreviousKeysFileIsAnErrorNamingItsKey() {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> PreviousKeys.read("{\"keys\": [ nope"));

        assertEquals("KPA-TOKEN-104 kraken.auth.guest.previous-keys-location: not a JWKS document", e.getMessage());
    }

    @Test
    void aPreviousKeyThatIsNotRsa2048OrP256IsAnError() throws Exception {
        JWKSet weak = new JWKSet(new RSAKeyGenerator(1024, true).keyID("old").generate()
                .toPublicJWK());

        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> PreviousKeys.read(weak.toString(false)));

        assertEquals(InvalidKeyConfigException.BAD_PREVIOUS_KEYS, e.code());
        assertTrue(e.getMessage().contains("RSA key of 1024 bits"), e.getMessage());
    }
}
