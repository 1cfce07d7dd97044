package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The web's values are read through the settings' one reader: a bad value is one more problem of
 * the same deployment failure, named by its key, never quoted, and the default stands meanwhile.
 */
class WebValueReaderSpec {

    @Test
    void goodValuesAreReadInTheirOwnGrammar() {
        SettingsReader read = new SettingsReader(MapConfig.of(Map.of(
                "origin", "https://portal.example", "name", "session_id", "domain", ".example.com")));

        assertEquals(Origin.parse("https://portal.example"), read.web().origin("origin"));
        assertEquals("session_id", read.web().cookieName("name", "jwt"));
        assertEquals(Optional.of(".example.com"), read.web().domain("domain"));
        read.throwIfAnyProblem();
    }

    @Test
    void badValuesAreProblemsOfTheReaderNamedByKeyWithoutTheValue() {
        SettingsReader read = new SettingsReader(MapConfig.of(Map.of(
                "name", "bad;xyzzy", "same-site", "xyzzy", "proxies", "0.0.0.0/0")));

        assertEquals("jwt", read.web().cookieName("name", "jwt"));
        assertEquals(SameSite.LAX, read.web().sameSite("same-site", SameSite.LAX));
        assertTrue(read.web().trustedProxies("proxies").isEmpty());

        InvalidSettingException e = assertThrows(InvalidSettingException.class, read::throwIfAnyProblem);
        for (String key : new String[] {"name", "same-site", "proxies"}) {
            assertTrue(e.getMessage().contains(key), e.getMessage());
        }
        assertFalse(e.getMessage().contains("xyzzy"), e.getMessage());
    }
}
