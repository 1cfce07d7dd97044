package dev.portalauth.internal.observe.mp;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;

import dev.portalauth.internal.observe.MetricsSink;

/**
 * The module's metrics in the server's application registry ({@code /metrics}). On a server
 * without the MicroProfile Metrics API, {@code ObservabilityExtension} vetoes this bean and
 * {@code PortalAuthMetrics} counts in memory; with the API but no registry (a portal that bundles
 * the API jar) it records nothing.
 */
@ApplicationScoped
public class MpMetricsSink implements MetricsSink {

    /** {@code null} when the server has no metric registry. */
    private final MpRegistry registry;

    @Inject
    MpMetricsSink(Instance<MetricRegistry> registries) {
        this.registry = registries.isResolvable() ? new MpRegistry(registries.get()) : null;
    }

    /** For the container's client proxy only. */
    protected MpMetricsSink() {
        this.registry = null;
    }

    @Override
    public void increment(String name, String tagName, String tagValue, long by) {
        if (registry != null) {
            registry.increment(name, tagName, tagValue, by);
        }
    }

    @Override
    public void time(String name, String tagName, String tagValue, Duration took) {
        if (registry != null) {
            registry.time(name, tagName, tagValue, took);
        }
    }

    @Override
    public void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value) {
        if (registry != null) {
            registry.gauge(name, tagName, tagValue, value);
        }
    }
}
