package dev.portalauth.support;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A warning that may repeat on every request under attack, logged at most once per interval: the
 * first occurrence at once, later ones counted and reported with the next line that is due, so
 * logs stay readable and still say how much happened.
 */
public final class ThrottledLog {

    private final Logger logger;
    private final String pattern;
    private final long intervalMillis;
    private final Clock clock;
    private final AtomicLong nextDue = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong unreported = new AtomicLong();

    /** @param message the stable line (a {@code KPA-} code first), without secrets or addresses */
    public ThrottledLog(Logger logger, String message, Duration interval, Clock clock) {
        this.logger = logger;
        this.pattern = message.replace("'", "''").replace("{", "'{'") + " ({0} times since the last report)";
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
    }

    /** One occurrence: logged now when the interval has passed, else counted. */
    public void warning() {
        unreported.incrementAndGet();
        long now = clock.millis();
        long due = nextDue.get();
        if (now >= due && nextDue.compareAndSet(due, now + intervalMillis)) {
            long reported = unreported.getAndSet(0);
            if (logger.isLoggable(Level.WARNING)) {
                logger.log(Level.WARNING, pattern, reported);
            }
        }
    }
}
