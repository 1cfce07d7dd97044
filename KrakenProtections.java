package dev.portalauth.internal.kraken;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.FaultToleranceSettings;
import dev.portalauth.internal.support.Bulkhead;
import dev.portalauth.internal.support.CircuitBreaker;
import dev.portalauth.internal.support.CallProtection;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * What stands in front of every Kraken call: the endpoint's circuit breaker, then the
 * caller's bulkhead. A call either breaker or bulkhead refuses fails at once as
 * {@code KRAKEN_UNAVAILABLE} without touching the network. Only unavailability counts against a
 * breaker: a call that returns (whatever Kraken answered, refusals and {@code KT-CT-1199}
 * included) or throws {@link KrakenAnswered} (a 4xx) is a success, any other throw a failure.
 *
 * <p>Our own small classes rather than MicroProfile Fault Tolerance: its annotations take fixed
 * values per method, not one breaker per endpoint and one bulkhead per kind of caller from our
 * keys, and the module must also run on servers without it (docs/DECISIONS.md; docs/OPERATIONS.md, "Kraken faults").
 */
@ApplicationScoped
public class KrakenProtections {

    private static final Logger LOG = Logger.getLogger(KrakenProtections.class.getName());

    private final Map<KrakenEndpoint, CircuitBreaker> breakers = new EnumMap<>(KrakenEndpoint.class);
    private final Map<KrakenCaller, Bulkhead> bulkheads = new EnumMap<>(KrakenCaller.class);
    private final RepeatedWarning breakerRefusals = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning bulkheadRefusals = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning breakerOpened = RepeatedWarning.perMinute(LOG);
    private final Duration breakerDelay;

    @Inject
    KrakenGuards(FaultToleranceSettings settings, Clock clock) {
        this.breakerDelay = settings.breakerDelay();
        for (KrakenEndpoint endpoint : KrakenEndpoint.values()) {
            breakers.put(endpoint, new CircuitBreaker(settings.breakerFailureRatio(), settings.breakerRequestVolume(),
                    settings.breakerDelay(), clock));
        }
        bulkheads.put(KrakenCaller.ANONYMOUS, new Bulkhead(settings.bulkheadAnonymous()));
        bulkheads.put(KrakenCaller.SESSION, new Bulkhead(settings.bulkheadSession()));
        bulkheads.put(KrakenCaller.PUBLIC, new Bulkhead(settings.bulkheadPublic()));
    }

    /** For the container's client proxy only. */
    protected KrakenGuards() {
        this.breakerDelay = null;
    }

    /**
     * Runs {@code call} when {@code endpoint}'s breaker and {@code caller}'s bulkhead (none when null) let it.
     *
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE} at once when refused; whatever {@code call} throws
     */
    public <T> T call(KrakenEndpoint endpoint, KrakenCaller caller, String operation, Supplier<T> call) {
        CircuitBreaker breaker = breakers.get(endpoint);
        if (!breaker.tryAcquire()) {
            breakerRefusals.log(() -> KrakenMessages.BREAKER_OPEN.format(operation, endpoint));
            throw refused("breaker open");
        }
        Bulkhead bulkhead = caller == null ? null : bulkheads.get(caller);
        if (bulkhead != null && !bulkhead.tryEnter()) {
            breaker.release();
            bulkheadRefusals.log(() -> KrakenMessages.BULKHEAD_FULL.format(operation, caller));
            throw refused("bulkhead full");
        }
        try {
            T result = call.get();
            succeeded(endpoint, breaker);
            return result;
        } catch (KrakenAnswered e) {
            succeeded(endpoint, breaker);
            throw e;
        } catch (RuntimeException | Error e) {
            if (breaker.failure()) {
                breakerOpened.log(() -> "KPA-KRAKEN-006 the " + endpoint + " breaker opened: calls fail at once for "
                        + breakerDelay);
            }
            throw e;
        } finally {
            if (bulkhead != null) {
                bulkhead.leave();
            }
        }
    }

    /** {@code endpoint}'s breaker alone, for calls that are rare and rate limited already (the JWKS). */
    public CallProtection breaker(KrakenEndpoint endpoint) {
        return new CallProtection() {
            @Override
            public <T> T call(String operation, Supplier<T> call) {
                return KrakenProtections.this.call(endpoint, null, operation, call);
            }
        };
    }

    private static void succeeded(KrakenEndpoint endpoint, CircuitBreaker breaker) {
        if (breaker.success()) {
            KrakenMessages.BREAKER_CLOSED.log(LOG, endpoint);
        }
    }

    /** The breaker's state, for health checks and metrics. */
    public CircuitBreaker.State state(KrakenEndpoint endpoint) {
        return breakers.get(endpoint).state();
    }

    /** Calls a full bulkhead refused since start-up, for metrics. */
    public long bulkheadRejections(KrakenCaller caller) {
        return bulkheads.get(caller).rejections();
    }

    private static KrakenException refused(String why) {
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "Kraken unavailable: " + why);
    }
}
