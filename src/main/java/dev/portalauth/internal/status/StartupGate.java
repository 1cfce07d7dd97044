package dev.portalauth.internal.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Whether the module has started: its signing key is loaded and, when
 * {@code kraken.jwks-uri} is set, Kraken's JWKS has been fetched once. Until then each question
 * retries the fetch, at most once per {@link #RETRY_EVERY} however often probes ask. Once started it
 * stays started: readiness follows this answer, and Kraken or its JWKS failing later must not take
 * guests and warm sessions off the load balancer.
 */
public final class StartupGate {

    private static final Logger LOG = Logger.getLogger(StartupGate.class.getName());

    /** Probes may ask every second; the JWKS is not fetched that often (Nimbus rate limits it too). */
    public static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final BooleanSupplier keysLoaded;
    private final boolean jwksConfigured;
    private final Supplier<Optional<Instant>> jwksFetchedAt;
    private final BooleanSupplier fetchJwks;
    private final Clock clock;
    private final AtomicLong lastAttempt = new AtomicLong(Long.MIN_VALUE);
    private volatile boolean started;

    /**
     * @param keysLoaded     whether the module's signing key is loaded
     * @param jwksConfigured whether {@code kraken.jwks-uri} is set
     * @param jwksFetchedAt  when the JWKS was last fetched, empty before the first success
     * @param fetchJwks      one fetch attempt (never throws)
     */
    public StartupGate(BooleanSupplier keysLoaded, boolean jwksConfigured, Supplier<Optional<Instant>> jwksFetchedAt,
                       BooleanSupplier fetchJwks, Clock clock) {
        this.keysLoaded = keysLoaded;
        this.jwksConfigured = jwksConfigured;
        this.jwksFetchedAt = jwksFetchedAt;
        this.fetchJwks = fetchJwks;
        this.clock = clock;
    }

    public boolean started() {
        if (started) {
            return true;
        }
        if (!keysLoaded.getAsBoolean()) {
            return false;
        }
        if (jwksConfigured && jwksFetchedAt.get().isEmpty() && !retryFetch()) {
            return false;
        }
        if (!started) {
            started = true;
            HealthMessages.STARTED.log(LOG, jwksConfigured ? ", Kraken's JWKS fetched" : ", no JWKS configured");
        }
        return true;
    }

    private boolean retryFetch() {
        long now = clock.millis();
        long last = lastAttempt.get();
        boolean due = last == Long.MIN_VALUE || now - last >= RETRY_EVERY.toMillis();
        // One caller per interval fetches; the others answer "not yet" without waiting on the network.
        return due && lastAttempt.compareAndSet(last, now) && fetchJwks.getAsBoolean();
    }
}
