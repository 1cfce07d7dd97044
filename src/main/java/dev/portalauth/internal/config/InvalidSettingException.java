package dev.portalauth.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration cannot be used: a required key is missing or a value is invalid. Thrown at
 * start-up so that a bad configuration stops deployment.
 *
 * <p>Message: {@code KPA-CONFIG-001 <key>: <what is wrong>}, several problems joined by
 * {@code "; "}. A message names keys and rules, never a configured value, so no secret can
 * leak through it.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code every message starts with. */
    public static final String CODE = ConfigMessages.INVALID_SETTINGS.code();

    private final Map<String, String> problems;

    InvalidSettingException(Map<String, String> problems) {
        super(ConfigMessages.INVALID_SETTINGS.format(problems.entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue())
                .collect(Collectors.joining("; "))));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** What is wrong, by key, in the order the keys were read. */
    public Map<String, String> problems() {
        return problems;
    }
}
