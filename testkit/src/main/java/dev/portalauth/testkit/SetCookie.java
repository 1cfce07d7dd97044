package dev.portalauth.testkit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One {@code Set-Cookie} header, parsed so tests can assert every attribute. */
public record SetCookie(String name, String value, Map<String, String> attributes) {

    public static SetCookie parse(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        Map<String, String> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int e = part.indexOf('=');
            attrs.put(e < 0 ? part : part.substring(0, e), e < 0 ? "" : part.substring(e + 1));
        }
        return new SetCookie(parts[0].substring(0, eq).trim(), parts[0].substring(eq + 1).trim(), attrs);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public boolean has(String flag) {
        return attributes.containsKey(flag.toLowerCase(Locale.ROOT)) || attributes.containsKey(flag);
    }

    public long maxAge() {
        return attribute("Max-Age").map(Long::parseLong).orElse(-1L);
    }

    public boolean clears() {
        return maxAge() == 0;
    }
}
