package dev.portalauth.internal.observe;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The sink on a server without MicroProfile Metrics: counts in memory, readable through
 * {@link #count}, {@link #timings} and {@link #gaugeValue}. Bounded because names and tags are.
 */
public final class InMemoryMetrics implements MetricsSink {

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> timings = new ConcurrentHashMap<>();
    private final Map<String, Supplier<? extends Number>> gauges = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String tagName, String tagValue, long by) {
        counters.computeIfAbsent(key(name, tagName, tagValue), k -> new LongAdder()).add(by);
    }

    @Override
    public void time(String name, String tagName, String tagValue, Duration took) {
        timings.computeIfAbsent(key(name, tagName, tagValue), k -> new LongAdder()).increment();
    }

    @Override
    public void gauge(String name, String tagName, String tagValue, Supplier<? extends Number> value) {
        gauges.put(key(name, tagName, tagValue), value);
    }

    /** The counter's value; 0 when it was never declared. */
    public long count(String name, String tagName, String tagValue) {
        LongAdder counter = counters.get(key(name, tagName, tagValue));
        return counter == null ? 0 : counter.sum();
    }

    /** Whether a counter was declared (or counted). */
    public boolean declared(String name, String tagName, String tagValue) {
        return counters.containsKey(key(name, tagName, tagValue));
    }

    /** How many durations were recorded. */
    public long timings(String name, String tagName, String tagValue) {
        LongAdder timing = timings.get(key(name, tagName, tagValue));
        return timing == null ? 0 : timing.sum();
    }

    /** The gauge's value now, or {@code null} when none is registered. */
    public Number gaugeValue(String name, String tagName, String tagValue) {
        Supplier<? extends Number> gauge = gauges.get(key(name, tagName, tagValue));
        return gauge == null ? null : gauge.get();
    }

    private static String key(String name, String tagName, String tagValue) {
        return tagName == null ? name : name + '{' + tagName + '=' + tagValue + '}';
    }
}
