package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.RepeatedTest;

class EcPublicKeysTest {

    /** Repeated so that keys with either sign of y are met (each about half the time). */
    @RepeatedTest(40)
    void thePublicKeyDerivedFromAP256PrivateKeyIsTheOneGeneratedWithIt() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();

        assertEquals(pair.getPublic(), EcPublicKeys.publicKeyOf((ECPrivateKey) pair.getPrivate()));
    }
}
