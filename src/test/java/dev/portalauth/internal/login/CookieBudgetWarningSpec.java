package dev.portalauth.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.chain.ChainFixture;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;

/**
 * {@code KPA-COOKIE-004}: said once at start-up, with the size and the claims bound, when the
 * configuration lets the module's cookies together pass 8 KB (the documented default of 1536 claim
 * bytes does); silent within it.
 */
class CookieBudgetWarningSpec {

    private static String startWith(String... keysAndValues) {
        ChainFixture fixture = new ChainFixture(keysAndValues);
        ModuleKeys keys = ChainFixture.keys("ec-p256.pem");
        CookieBudgetWarning warning = new CookieBudgetWarning(fixture.settings.anonKeys(), fixture.settings.cookies(),
                fixture.settings.guest(), fixture.settings.oauth(), fixture.names,
                new ModuleTokens(keys, fixture.settings.signingKeys().issuer(), fixture.clock, 10), keys, fixture.clock);
        try (CapturedLog log = CapturedLog.of(CookieBudgetWarning.class)) {
            warning.warnAtStartup(new Object());
            return log.text();
        }
    }

    @Test
    void theDefaultClaimsBudgetIsNamedWithTheSize() {
        String log = startWith();

        assertTrue(log.startsWith("KPA-COOKIE-004 the module's cookies can together make a Cookie header of "), log);
        assertTrue(log.contains("max-claims-bytes=1536"), log);
        assertEquals(1, log.lines().count());
    }

    @Test
    void claimsOfAtMost384BytesSayNothing() {
        assertEquals("", startWith("kraken.auth.cookie.max-claims-bytes", "384"));
    }
}
