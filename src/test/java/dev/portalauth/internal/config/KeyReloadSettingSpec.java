package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kraken.auth.guest.key-reload}: a minute by default, any positive duration, {@code 0} for off. */
class KeyReloadSettingSpec {

    private static Duration keyReload(String value) {
        return AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.guest.key-reload", value)).signingKeys().keyReload();
    }

    @Test
    void keyFilesAreLookedAtEveryMinuteByDefault() {
        assertEquals(Duration.ofMinutes(1), AuthSettings.from(MapConfig.withEndpointAnd()).signingKeys().keyReload());
    }

    @Test
    void anyPositiveDurationIsTheInterval() {
        assertEquals(Duration.ofSeconds(30), keyReload("PT30S"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "PT0S"})
    void zeroTurnsItOff(String value) {
        assertEquals(Duration.ZERO, keyReload(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-PT1M", "60", "soon"})
    void anythingElseStopsDeploymentNamingTheKey(String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> keyReload(value));
        assertTrue(e.getMessage().contains("kraken.auth.guest.key-reload"), e.getMessage());
    }
}
