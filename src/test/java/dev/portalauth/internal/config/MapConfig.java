package dev.portalauth.internal.config;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile {@link Config} over a map of strings, empty values counting as missing (as MP Config does). */
public final class MapConfig implements Config {

    private final Map<String, String> values;
    private final Set<String> asked = new TreeSet<>();

    private MapConfig(Map<String, String> values) {
        this.values = values;
    }

    /** Only the required endpoint, plus the given key/value pairs (which may override it). */
    public static MapConfig withEndpointAnd(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        values.put("kraken.graphql-endpoint", "https://api.octopus.energy/v1/graphql/");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new MapConfig(values);
    }

    public static MapConfig of(Map<String, String> values) {
        return new MapConfig(Map.copyOf(values));
    }

    @Override
    public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
        if (propertyType != String.class) {
            throw new UnsupportedOperationException("only String values");
        }
        asked.add(propertyName);
        return Optional.ofNullable(values.get(propertyName)).filter(value -> !value.isEmpty()).map(propertyType::cast);
    }

    /** Every key read so far, set or not. */
    public Set<String> keysAsked() {
        return Set.copyOf(asked);
    }

    @Override
    public <T> T getValue(String propertyName, Class<T> propertyType) {
        return getOptionalValue(propertyName, propertyType).orElseThrow(() -> new NoSuchElementException(propertyName));
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public ConfigValue getConfigValue(String propertyName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
