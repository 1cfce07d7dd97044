package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** A warning repeated once per request is logged once per interval, and the next line says how many were held back. */
class RepeatedWarningTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final RepeatedWarning warning = new RepeatedWarning(Logger.getLogger(RepeatedWarningTest.class.getName()),
            Level.WARNING, Duration.ofMinutes(1), clock);

    @Test
    void theFirstWarningIsLoggedAtOnce() {
        try (CapturedLog log = CapturedLog.of(RepeatedWarningTest.class)) {
            warning.log(() -> "KPA-TEST-001 first");

            assertEquals("KPA-TEST-001 first\n", log.text());
            assertEquals(Level.WARNING, log.records().get(0).getLevel());
        }
    }

    @Test
    void aThousandWarningsWithinOneIntervalMakeOneLine() {
        try (CapturedLog log = CapturedLog.of(RepeatedWarningTest.class)) {
            for (int i = 0; i < 1000; i++) {
                warning.log(() -> "KPA-TEST-001 again");
                clock.advance(Duration.ofMillis(50));
            }

            assertEquals(1, log.records().size(), log.text());
            assertEquals(999, warning.suppressed());
        }
    }

    @Test
    void theFirstLineAfterTheIntervalCarriesTheCountHeldBack() {
        try (CapturedLog log = CapturedLog.of(RepeatedWarningTest.class)) {
            warning.log(() -> "KPA-TEST-001 a");
            warning.log(() -> "KPA-TEST-001 b");
            warning.log(() -> "KPA-TEST-001 c");
            clock.advance(Duration.ofMinutes(1));
            warning.log(() -> "KPA-TEST-001 d");

            assertEquals("KPA-TEST-001 a\nKPA-TEST-001 d [2 more like this since the last line]\n", log.text());
            assertEquals(0, warning.suppressed());
        }
    }

    @Test
    void aLineAfterAQuietIntervalCarriesNoCount() {
        try (CapturedLog log = CapturedLog.of(RepeatedWarningTest.class)) {
            warning.log(() -> "KPA-TEST-001 a");
            clock.advance(Duration.ofMinutes(5));
            warning.log(() -> "KPA-TEST-001 b");

            assertEquals("KPA-TEST-001 a\nKPA-TEST-001 b\n", log.text());
        }
    }

    @Test
    void aHeldBackMessageIsNeverBuilt() {
        warning.log(() -> "KPA-TEST-001 a");
        warning.log(() -> {
            throw new AssertionError("built although held back");
        });
        assertTrue(warning.suppressed() == 1);
    }
}
