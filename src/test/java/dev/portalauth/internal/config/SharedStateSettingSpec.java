package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kraken.auth.shared-state.*}: each node's memory by default; {@code jcache} only with a
 * secret long enough to seal what the cluster holds, which no message repeats.
 */
class SharedStateSettingSpec {

    private static final String SECRET = "a-shared-state-secret-of-32-chars!";

    private static SharedStateSettings sharedState(String... keysAndValues) {
        return AuthSettings.from(MapConfig.withEndpointAnd(keysAndValues)).sharedState();
    }

    @Test
    void eachNodeKeepsItsOwnStateByDefault() {
        SharedStateSettings local = sharedState();
        assertFalse(local.jcache());
        assertFalse(local.refuseOnFailure());
        assertEquals(Duration.ofMillis(200), local.timeout());
    }

    @Test
    void jcacheWithASecretSharesAndMayRefuseOnFailure() {
        SharedStateSettings shared = sharedState("kraken.auth.shared-state", "jcache",
                "kraken.auth.shared-state.secret", SECRET, "kraken.auth.shared-state.on-failure", "refuse",
                "kraken.auth.shared-state.timeout", "PT0.5S");
        assertTrue(shared.jcache());
        assertTrue(shared.refuseOnFailure());
        assertEquals(Duration.ofMillis(500), shared.timeout());
        assertFalse(shared.toString().contains(SECRET), "the secret stays out of logs");
    }

    @Test
    void jcacheWithoutASecretStopsDeployment() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> sharedState("kraken.auth.shared-state", "jcache"));
        assertTrue(e.getMessage().contains("kraken.auth.shared-state.secret"), e.getMessage());
    }

    @Test
    void aShortSecretStopsDeploymentWithoutBeingRepeated() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> sharedState("kraken.auth.shared-state", "jcache", "kraken.auth.shared-state.secret", "short-one"));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
        assertFalse(e.getMessage().contains("short-one"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kraken.auth.shared-state", "kraken.auth.shared-state.on-failure"})
    void anUnknownChoiceStopsDeploymentNamingTheKey(String key) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> sharedState(key, "redis"));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
