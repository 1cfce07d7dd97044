package dev.portalauth.internal.observe;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The module's metrics, the one bean the module calls at its
 * events. It never depends on the MicroProfile Metrics API: it writes to MicroProfile Metrics
 * when the server has it ({@code observe.mp.MpMetricsSink}, the only bean of type
 * {@link MetricsSink}), else to memory. Names carry the {@code kpa_} prefix; no tag carries a
 * token, key or address (docs/OPERATIONS.md, "Health and metrics").
 */
@ApplicationScoped
public class PortalAuthMetrics {

    private static final Logger LOG = Logger.getLogger(PortalAuthMetrics.class.getName());

    static final String KRAKEN_CALL = "kpa_kraken_call";
    static final String RATE_LIMITED = "kpa_rate_limited";
    static final String GUEST_TOKENS_ISSUED = "kpa_guest_tokens_issued";

    /** Tag values the module did not choose itself (a limit's name) must look like one. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private final MetricsSink sink;

    /** The server's MicroProfile Metrics when it has them, else metrics kept in memory. */
    @Inject
    PortalAuthMetrics(Instance<MetricsSink> serverMetrics) {
        this(serverMetrics.isResolvable() ? serverMetrics.get() : inMemory());
    }

    /** With a sink of the test's choosing. */
    public PortalAuthMetrics(MetricsSink sink) {
        this.sink = sink;
        declare();
    }

    /** For the container's client proxy only. */
    protected PortalAuthMetrics() {
        this.sink = null;
    }

    private static MetricsSink inMemory() {
        ObserveMessages.NO_METRICS.log(LOG);
        return new InMemoryMetrics();
    }

    /** Every outcome counter exists from the start, so a dashboard sees 0 rather than nothing. */
    private void declare() {
        for (Flow flow : Flow.values()) {
            for (Outcome outcome : Outcome.values()) {
                sink.increment(flow.metric(), "outcome", outcome.tag(), 0);
            }
        }
        sink.increment(GUEST_TOKENS_ISSUED, null, null, 0);
    }

    public void outcome(Flow flow, Outcome outcome) {
        sink.increment(flow.metric(), "outcome", outcome.tag(), 1);
    }

    /** Runs one Kraken call and records how long it took, whether it returned or threw. */
    public <T> T timeKrakenCall(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            sink.time(KRAKEN_CALL, "operation", KrakenOperations.tag(operation),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** A request refused by the module's own rate limit {@code limit} (e.g. {@code exchange}). */
    public void rateLimited(String limit) {
        String tag = limit != null && PLAIN_NAME.matcher(limit).matches() ? limit : KrakenOperations.OTHER;
        sink.increment(RATE_LIMITED, "limit", tag, 1);
    }

    public void guestTokenIssued() {
        sink.increment(GUEST_TOKENS_ISSUED, null, null, 1);
    }

    /** A value read when the metrics are read (a breaker's state, a cache's size). */
    public void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value) {
        sink.gauge(name, tagName, tagValue, value);
    }
}
