package dev.portalauth.testkit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One {@code Set-Cookie} header, parsed so tests can assert every attribute.
 *
 * @param name       the cookie's name
 * @param value      its value (empty when it is cleared)
 * @param attributes its attributes by name, any case ({@code Path}, {@code Max-Age}, {@code HttpOnly} with an empty value, …)
 */
public record SetCookie(String name, String value, Map<String, String> attributes) {

    /**
     * @param header the value of one {@code Set-Cookie} header
     * @return the cookie it sets or clears
     */
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

    /**
     * @param name an attribute's name, any case
     * @return its value ({@code ""} for a flag such as {@code Secure}), if present
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * @param flag an attribute's name, e.g. {@code HttpOnly} or {@code Secure}
     * @return whether the cookie carries it
     */
    public boolean has(String flag) {
        return attributes.containsKey(flag.toLowerCase(Locale.ROOT)) || attributes.containsKey(flag);
    }

    /** @return the {@code Max-Age} in seconds, or -1 for a browser-session cookie */
    public long maxAge() {
        return attribute("Max-Age").map(Long::parseLong).orElse(-1L);
    }

    /** @return whether this header clears the cookie ({@code Max-Age=0}) */
    public boolean clears() {
        return maxAge() == 0;
    }
}
