package dev.portalauth.internal.observe.mp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Writes to the server's application registry. Not a bean, and the only class whose fields and
 * methods name Metrics types: {@link MpMetricsSink} only names it, so a server without the API can
 * still read that bean class's members (OpenLiberty's injection engine does, for every bean class).
 */
final class MpRegistry {

    private final MetricRegistry registry;
    // The registry looks metrics up by name and tags on every call; these save that on the hot path.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    MpRegistry(Object registry) {
        this.registry = (MetricRegistry) registry;
    }

    void increment(String name, String tagName, String tagValue, long by) {
        Counter counter = counters.computeIfAbsent(key(name, tagValue), k -> registry.counter(name, tags(tagName, tagValue)));
        if (by > 0) {
            counter.inc(by);
        }
    }

    void time(String name, String tagName, String tagValue, Duration took) {
        timers.computeIfAbsent(key(name, tagValue), k -> registry.timer(name, tags(tagName, tagValue))).update(took);
    }

    void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value) {
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
