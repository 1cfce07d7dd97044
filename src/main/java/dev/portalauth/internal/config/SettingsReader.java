package dev.portalauth.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import dev.portalauth.internal.proxy.AddressRange;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;
import dev.portalauth.spi.Rate;

/**
 * Reads raw strings from MicroProfile Config and converts them itself, so that every problem is
 * reported in our words, names its key, and never repeats the value (it may be a secret, or a
 * URL with credentials). Problems are collected so that one deployment attempt shows them all.
 */
final class SettingsReader {

    /** RFC 6265 cookie-name: an RFC 7230 token. */
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    /** RFC 3986 unreserved characters: a query parameter name that needs no encoding. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "\\.?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final Config config;
    private final Map<String, String> problems = new LinkedHashMap<>();

    SettingsReader(Config config) {
        this.config = config;
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

    Optional<Origin> origin(String key) {
        return raw(key).flatMap(value -> {
            Optional<Origin> origin = Origin.parse(value);
            if (origin.isEmpty()) {
                problem(key, "must be an origin such as https://portal.example: http or https, a host and an optional port, "
                        + "with no path (not even /), query or fragment");
            }
            return origin;
        });
    }

    /** A comma list of origins, each as {@link #origin} reads one. */
    Set<Origin> origins(String key) {
        List<String> entries = list(key, "");
        Set<Origin> origins = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Origin> origin = Origin.parse(entries.get(i));
            if (origin.isEmpty()) {
                problem(key, "entry " + (i + 1) + " must be an origin such as https://portal.example: http or https, "
                        + "a host and an optional port, with no path (not even /), query or fragment");
                return Set.of();
            }
            origins.add(origin.get());
        }
        return Set.copyOf(origins);
    }

    CrossSiteProtection crossSiteProtection(String key, CrossSiteProtection defaultValue) {
        return raw(key).map(value -> {
            try {
                return CrossSiteProtection.of(value);
            } catch (IllegalArgumentException e) {
                problem(key, e.getMessage());
                return defaultValue;
            }
        }).orElse(defaultValue);
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

    SameSite sameSite(String key, SameSite defaultValue) {
        return raw(key).map(value -> {
            try {
                return SameSite.of(value);
            } catch (IllegalArgumentException e) {
                problem(key, e.getMessage());
                return defaultValue;
            }
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

    String cookieName(String key, String defaultValue) {
        return matching(key, defaultValue, COOKIE_NAME, "must be a cookie name (RFC 6265 token characters)");
    }

    String queryParameterName(String key, String defaultValue) {
        return matching(key, defaultValue, QUERY_PARAMETER, "must be a query parameter name of letters, digits, '-', '.', '_' or '~'");
    }

    Optional<String> domain(String key) {
        return raw(key).filter(value -> {
            if (value.length() <= 253 && DOMAIN.matcher(value).matches()) {
                return true;
            }
            problem(key, "must be a domain name such as example.com");
            return false;
        });
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

    /** Characters a cookie name may start with (possibly empty). */
    String cookieNamePrefix(String key) {
        return matching(key, "", COOKIE_NAME, "must be cookie-name characters (RFC 6265 token characters)");
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

    private String matching(String key, String defaultValue, Pattern pattern, String rule) {
        return raw(key).filter(value -> {
            if (pattern.matcher(value).matches()) {
                return true;
            }
            problem(key, rule);
            return false;
        }).orElse(defaultValue);
    }

    /** A comma list, trimmed, empty entries dropped. */
    private List<String> list(String key, String defaultValue) {
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

    /** A comma list of addresses and CIDR ranges; none may trust every address. */
    TrustedProxies trustedProxies(String key) {
        List<String> entries = list(key, "");
        List<AddressRange> ranges = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<AddressRange> range = AddressRange.parse(entries.get(i));
            if (range.isEmpty()) {
                problem(key, "entry " + (i + 1) + " must be an IPv4 or IPv6 address or CIDR range such as 10.0.0.0/8 "
                        + "(literals only, no host names)");
                return TrustedProxies.NONE;
            }
            if (range.get().coversEverything()) {
                problem(key, "entry " + (i + 1) + " trusts every address (a /0 range): any client could choose its "
                        + "own address; list the proxies' addresses or ranges");
                return TrustedProxies.NONE;
            }
            ranges.add(range.get());
        }
        return new TrustedProxies(ranges);
    }

    ProxyHeader proxyHeader(String key, ProxyHeader defaultValue) {
        return raw(key).map(value -> ProxyHeader.named(value).orElseGet(() -> {
            problem(key, "must be X-Forwarded-For or Forwarded");
            return defaultValue;
        })).orElse(defaultValue);
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
