package dev.portalauth.internal.support;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A warning that may repeat once per request (Kraken unavailable, breaker open, a rate limit hit):
 * the first one of an interval is logged at once, the others of that interval only counted, and
 * the count rides on the next line logged ({@code "… [12 more like this since the last line]"}).
 * Under attack the log then grows by one line per interval, not one per request.
 *
 * <p>One instance per kind of warning (per stable {@code KPA-} code): the message may vary, only
 * its first line per interval is kept. Messages must already be free of tokens, keys and addresses.
 */
public final class RepeatedWarning {

    private final Logger logger;
    private final Level level;
    private final long intervalMillis;
    private final Clock clock;
    private long windowStart = Long.MIN_VALUE;
    private long suppressed;

    public RepeatedWarning(Logger logger, Level level, Duration interval, Clock clock) {
        this.logger = logger;
        this.level = level;
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
    }

    /** {@link Level#WARNING} once a minute on the system clock. */
    public static RepeatedWarning perMinute(Logger logger) {
        return new RepeatedWarning(logger, Level.WARNING, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Logs {@code message} unless a line of this kind was logged less than an interval ago. */
    public void log(Supplier<String> message) {
        long missed;
        synchronized (this) {
            long now = clock.millis();
            if (windowStart != Long.MIN_VALUE && now - windowStart < intervalMillis) {
                suppressed++;
                return;
            }
            windowStart = now;
            missed = suppressed;
            suppressed = 0;
        }
        // Formatted outside the lock: the message is only built for the lines that are written.
        String line = missed == 0 ? message.get()
                : message.get() + " [" + missed + " more like this since the last line]";
        logger.log(level, line);
    }

    /** Occurrences counted but not yet logged (for tests and, later, metrics). */
    public synchronized long suppressed() {
        return suppressed;
    }
}
