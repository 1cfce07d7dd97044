package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A private key the repository publishes (the test kit's guest key, the simulator's key, the unit
 * tests' keys) never signs in production: deployment stops naming the setting, never the key,
 * unless the WAR deploys the Kraken simulator (a test or demo WAR) or development trust is on.
 */
class ShippedKeysSpec {

    private static final ClassLoader LOADER = ShippedKeysSpec.class.getClassLoader();
    private static final String TESTKIT_KEY = "dev/portalauth/testkit/guest-signing-key.pem";

    private static String pem(String classpathLocation) {
        try (InputStream in = LOADER.getResourceAsStream(classpathLocation)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModuleKeys inline(String classpathLocation) {
        return ModuleKeys.load(Optional.of(pem(classpathLocation)), Optional.empty(), Optional.empty(), Optional.empty(),
                LOADER);
    }

    @ParameterizedTest
    @ValueSource(strings = {TESTKIT_KEY, "simulator/signing-key.pem", "token/ec-p256.pem", "token/rsa-2048.pem"})
    void everyPublishedKeyStopsAProductionDeploymentNamingTheSettingNotTheKey(String published) {
        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> ShippedKeys.refuseOutsideTests(inline(published), true, false, false));

        assertEquals("KPA-TOKEN-106", e.code());
        assertEquals("kraken.auth.guest.signing-key", e.configKey());
        assertTrue(e.getMessage().startsWith("KPA-TOKEN-106 kraken.auth.guest.signing-key: is "), e.getMessage());
        String body = pem(published).lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertFalse(e.getMessage().contains(body.substring(0, 20)), "no key material");
    }

    @Test
    void aKeyConfiguredByLocationNamesTheLocationSetting() {
        ModuleKeys keys = ModuleKeys.load(Optional.empty(), Optional.of("classpath:" + TESTKIT_KEY), Optional.empty(),
                Optional.empty(), LOADER);

        InvalidKeyConfigException e = assertThrows(InvalidKeyConfigException.class,
                () -> ShippedKeys.refuseOutsideTests(keys, false, false, false));

        assertEquals("kraken.auth.guest.signing-key-location", e.configKey());
    }

    @Test
    void aTestOrDemoWarOrDevelopmentTrustMayUseThem() {
        ModuleKeys testkit = inline(TESTKIT_KEY);

        assertDoesNotThrow(() -> ShippedKeys.refuseOutsideTests(testkit, true, true, false));
        assertDoesNotThrow(() -> ShippedKeys.refuseOutsideTests(testkit, true, false, true));
    }

    @Test
    void anyOtherKeyIsAccepted() {
        ModuleKeys ephemeral = ModuleKeys.load(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), LOADER);

        assertDoesNotThrow(() -> ShippedKeys.refuseOutsideTests(ephemeral, true, false, false));
    }

    @Test
    void aTestOrDemoWarIsOneWhoseClassPathHoldsTheSimulator() throws IOException {
        assertTrue(ShippedKeys.simulatorDeployed(LOADER), "the test class path holds the simulator");
        try (URLClassLoader production = new URLClassLoader(new URL[0], null)) {
            assertFalse(ShippedKeys.simulatorDeployed(production));
        }
    }
}
