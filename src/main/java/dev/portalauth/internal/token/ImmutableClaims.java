package dev.portalauth.internal.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of claim maps: verified claims are cached and shared between
 * requests, so no caller may change what the next request sees. Values may be {@code null}
 * (JSON null), hence no {@code Map.copyOf}.
 */
final class ImmutableClaims {

    private ImmutableClaims() {
    }

    static Map<String, Object> copyOf(Map<String, ?> claims) {
        Map<String, Object> copy = new LinkedHashMap<>(claims.size() * 2);
        claims.forEach((name, value) -> copy.put(name, copyValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyValue(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
