package dev.portalauth.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import dev.portalauth.spi.Rate;

/**
 * Reads raw strings from MicroProfile Config and converts them itself, so that every problem is
 * reported in our words, names its key, and never repeats the value (it may be a secret, or a
 * URL with credentials). Problems are collected so that one deployment attempt shows them all.
 */
final class SettingsReader {

    private final Config config;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private final WebValueReader web = new WebValueReader(this);

    SettingsReader(Config config) {
        this.config = config;
    }

    /** The web's values: origins, cookie names and attributes, trusted proxies. */
    WebValueReader web() {
        return web;
    }

    /** The stripped value; blank counts as unset, as MicroProfile Config does for empty values. */
    Optional<String> raw(String key) {
        try {
            return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
        } catch (RuntimeException e) {
            // e.g. an unresolvable ${expression}; the exception text may quote the value
            problem(key, "cannot be read from the configuration");
            return Optional.empty();
        }
    }

    URI requiredUrl(String key) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            problem(key, "is required");
            return null;
        }
        return url(key, value.get());
    }

    Optional<URI> optionalUrl(String key) {
        return raw(key).map(value -> url(key, value));
    }

    private URI url(String key, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the parser's message: it quotes the value
        }
        problem(key, "must be an absolute http or https URL with a host");
        return null;
    }

    Duration positiveDuration(String key, Duration defaultValue) {
        return raw(key).map(value -> {
            try {
                Duration duration = Duration.parse(value);
                if (!duration.isNegative() && !duration.isZero()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            problem(key, "must be a positive ISO-8601 duration such as PT2S or P30D");
            return defaultValue;
        }).orElse(defaultValue);
    }

    /** A positive duration, or {@code 0} (also {@code PT0S}) for "off". */
    Duration durationOrZero(String key, Duration defaultValue) {
        return raw(key).map(value -> {
            try {
                Duration duration = "0".equals(value) ? Duration.ZERO : Duration.parse(value);
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            problem(key, "must be a positive ISO-8601 duration such as PT1M, or 0 for off");
            return defaultValue;
        }).orElse(defaultValue);
    }

    boolean bool(String key, boolean defaultValue) {
        return raw(key).map(value -> {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            problem(key, "must be true or false");
            return defaultValue;
        }).orElse(defaultValue);
    }

    int positiveInt(String key, int defaultValue) {
        return raw(key).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "must be a whole number of at least 1");
            return defaultValue;
        }).orElse(defaultValue);
    }

    /** A size in bytes: {@code 65536}, {@code 64KB} or {@code 1MB} (1024-based), at least 1 byte, below 2 GB. */
    int byteSize(String key, int defaultValue) {
        return raw(key).map(value -> {
            String upper = value.toUpperCase(java.util.Locale.ROOT);
            int unit = upper.endsWith("MB") ? 1 << 20 : upper.endsWith("KB") ? 1 << 10 : 1;
            String digits = unit == 1 ? upper.replaceFirst("B$", "") : upper.substring(0, upper.length() - 2);
            try {
                long bytes = Long.parseLong(digits.strip()) * unit;
                if (bytes >= 1 && bytes < Integer.MAX_VALUE) {
                    return (int) bytes;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "must be a size such as 65536, 64KB or 1MB");
            return defaultValue;
        }).orElse(defaultValue);
    }

    /** A share such as {@code 0.5}: more than 0, at most 1. */
    double ratio(String key, double defaultValue) {
        return raw(key).map(value -> {
            try {
                double number = Double.parseDouble(value);
                if (number > 0 && number <= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "must be a number greater than 0 and at most 1, such as 0.5");
            return defaultValue;
        }).orElse(defaultValue);
    }

    Pathnames pathnames(String key, String defaultValue) {
        return pathnames(key, list(key, defaultValue), defaultValue);
    }

    /** One pathname, as {@link Pathnames} checks it. */
    String pathname(String key, String defaultValue) {
        List<String> entries = list(key, defaultValue);
        if (entries.size() != 1) {
            problem(key, "must be exactly one pathname");
            return defaultValue;
        }
        return pathnames(key, entries, defaultValue).first();
    }

    private Pathnames pathnames(String key, List<String> entries, String defaultValue) {
        try {
            return Pathnames.of(entries);
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage());
            return Pathnames.of(List.of(defaultValue));
        }
    }

    Globs globs(String key, String defaultValue) {
        try {
            return Globs.of(Globs.split(raw(key).orElse(defaultValue)));
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage());
            return Globs.NONE;
        }
    }

    /** A comma list of free-text entries (no control characters). */
    List<String> textList(String key, String defaultValue) {
        List<String> entries = list(key, defaultValue);
        if (entries.stream().anyMatch(e -> e.chars().anyMatch(Character::isISOControl))) {
            problem(key, "must not contain control characters");
            return split(defaultValue);
        }
        return entries;
    }

    /** Free text without control characters. */
    String text(String key, String defaultValue) {
        return optionalText(key).orElse(defaultValue);
    }

    Optional<String> optionalText(String key) {
        return raw(key).filter(value -> {
            if (value.chars().noneMatch(Character::isISOControl)) {
                return true;
            }
            problem(key, "must not contain control characters");
            return false;
        });
    }

    /** A secret is never validated character by character: a message could then hint at its content. */
    Optional<String> secret(String key) {
        return raw(key);
    }

    /** A comma list, trimmed, empty entries dropped. */
    List<String> list(String key, String defaultValue) {
        return split(raw(key).orElse(defaultValue));
    }

    private static List<String> split(String commaList) {
        return Arrays.stream(commaList.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    /** {@code N/PTx} or {@code 0} (see {@link Rate}). */
    Rate rate(String key, String defaultValue) {
        String value = raw(key).orElse(defaultValue);
        Optional<Rate> rate = Rate.parse(value);
        if (rate.isEmpty()) {
            problem(key, "must be N/PERIOD such as 20/PT1M (N at least 1, an ISO-8601 period of at least PT1S), "
                    + "or 0 to turn the limit off");
            return Rate.parse(defaultValue).orElseThrow();
        }
        return rate.get();
    }

    void problem(String key, String whatIsWrong) {
        problems.putIfAbsent(key, whatIsWrong);
    }

    /** @throws InvalidSettingException when any problem was found */
    void throwIfAnyProblem() {
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
    }
}
