package dev.portalauth.internal.observe;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where {@link PortalAuthMetrics} writes: MicroProfile Metrics when the server has it
 * ({@code observe.mp.MpMetricsSink}, a bean only there), else {@link InMemoryMetrics} (no bean). Names and tags arrive
 * checked: a bounded set, never a token, key or address. {@code tagName} is {@code null} for an
 * untagged metric.
 */
public interface MetricsSink {

    /** Adds {@code by} (0 declares the counter, so it is listed before anything happened). */
    void increment(String name, String tagName, String tagValue, long by);

    void time(String name, String tagName, String tagValue, Duration took);

    /** Registers a gauge read when the metrics are read. */
    void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value);
}
