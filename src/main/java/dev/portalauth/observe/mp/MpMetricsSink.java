package dev.portalauth.observe.mp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import dev.portalauth.observe.MetricsSink;

/**
 * The module's metrics in the server's application registry ({@code /metrics}). A server without
 * the MicroProfile Metrics API cannot load this class, so it makes no bean of it and
 * {@code PortalAuthMetrics} counts in memory; with the API but no registry (a portal that bundles
 * the API jar) it records nothing.
 */
@ApplicationScoped
public class MpMetricsSink implements MetricsSink {

    @Inject
    Instance<MetricRegistry> registries;

    private MetricRegistry registry;

    // The registry looks metrics up by name and tags on every call; these save that on the hot path.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void findRegistry() {
        registry = registries.isResolvable() ? registries.get() : null;
    }

    @Override
    public void increment(String name, String tagName, String tagValue, long by) {
        if (registry == null) {
            return;
        }
        Counter counter = counters.computeIfAbsent(key(name, tagValue), k -> registry.counter(name, tags(tagName, tagValue)));
        if (by > 0) {
            counter.inc(by);
        }
    }

    @Override
    public void time(String name, String tagName, String tagValue, Duration took) {
        if (registry == null) {
            return;
        }
        timers.computeIfAbsent(key(name, tagValue), k -> registry.timer(name, tags(tagName, tagValue))).update(took);
    }

    @Override
    public void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value) {
        if (registry == null) {
            return;
        }
        Supplier<Number> read = value::get;
        registry.gauge(name, read, tags(tagName, tagValue));
    }

    private static String key(String name, String tagValue) {
        return tagValue == null ? name : name + '\u0000' + tagValue;
    }

    private static Tag[] tags(String tagName, String tagValue) {
        return tagName == null ? new Tag[0] : new Tag[] {new Tag(tagName, tagValue)};
    }
}
