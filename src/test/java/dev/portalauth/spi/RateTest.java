package dev.portalauth.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code N/PTx}, or {@code 0} for off. */
class RateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"20/PT1M, 20, PT1M", "1/PT1S, 1, PT1S", " 3 / PT10S , 3, PT10S", "100/P1D, 100, PT24H", "0, 0, PT0S"})
    void a_rate_is_read(String text, int permits, String period) {
        assertEquals(new Rate(permits, Duration.parse(period)), Rate.parse(text).orElseThrow());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "20", "00", "20/", "/PT1M", "0/PT1M", "-3/PT1M", "3/PT0.1S", "3/-PT1M", "3/1 minute",
        "3/PT1M/2", "2147483648/PT1M"})
    void anything_else_is_no_rate(String text) {
        assertEquals(Optional.empty(), Rate.parse(text));
    }
}
