package dev.portalauth.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A token bucket's size and refill: {@code N/PTx} lets a client make {@code N} Kraken calls at
 * once, then one more every {@code x/N}; {@code 0} turns the limit off.
 */
public record Rate(int permits, Duration period) {

    /** No limit. */
    public static final Rate OFF = new Rate(0, Duration.ZERO);

    /** {@return whether this rate turns the limit off} */
    public boolean isOff() {
        return permits == 0;
    }

    /**
     * Reads a rate as configuration gives it.
     *
     * @param text {@code N/PTx} with N ≥ 1 and an ISO-8601 period of at least a second, or {@code 0}
     * @return the rate; empty for anything else
     */
    public static Optional<Rate> parse(String text) {
        String value = text.strip();
        if (value.equals("0")) {
            return Optional.of(OFF);
        }
        int slash = value.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        try {
            int permits = Integer.parseInt(value.substring(0, slash).strip());
            Duration period = Duration.parse(value.substring(slash + 1).strip());
            if (permits < 1 || period.compareTo(Duration.ofSeconds(1)) < 0) {
                return Optional.empty();
            }
            return Optional.of(new Rate(permits, period));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return isOff() ? "0" : permits + "/" + period;
    }
}
