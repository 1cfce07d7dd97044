package dev.portalauth.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.portalauth.internal.proxy.AddressRange;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;

/**
 * Reads the values that follow the web's own grammars (origins, cookie names, prefixes and domains,
 * same-site, cross-site protection, query parameter names, trusted proxies), reporting each problem
 * through the {@link SettingsReader} it belongs to, in the same words and never with the value.
 */
final class WebValueReader {

    /** RFC 6265 cookie-name: an RFC 7230 token. */
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    /** RFC 3986 unreserved characters: a query parameter name that needs no encoding. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "\\.?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final SettingsReader read;

    WebValueReader(SettingsReader read) {
        this.read = read;
    }

    Optional<Origin> origin(String key) {
        return read.raw(key).flatMap(value -> {
            Optional<Origin> origin = Origin.parse(value);
            if (origin.isEmpty()) {
                read.problem(key, "must be an origin such as https://portal.example: http or https, a host and an optional port, "
                        + "with no path (not even /), query or fragment");
            }
            return origin;
        });
    }

    /** A comma list of origins, each as {@link #origin} reads one. */
    Set<Origin> origins(String key) {
        List<String> entries = read.list(key, "");
        Set<Origin> origins = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Origin> origin = Origin.parse(entries.get(i));
            if (origin.isEmpty()) {
                read.problem(key, "entry " + (i + 1) + " must be an origin such as https://portal.example: http or https, "
                        + "a host and an optional port, with no path (not even /), query or fragment");
                return Set.of();
            }
            origins.add(origin.get());
        }
        return Set.copyOf(origins);
    }

    CrossSiteProtection crossSiteProtection(String key, CrossSiteProtection defaultValue) {
        return read.raw(key).map(value -> {
            try {
                return CrossSiteProtection.of(value);
            } catch (IllegalArgumentException e) {
                read.problem(key, e.getMessage());
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    SameSite sameSite(String key, SameSite defaultValue) {
        return read.raw(key).map(value -> {
            try {
                return SameSite.of(value);
            } catch (IllegalArgumentException e) {
                read.problem(key, e.getMessage());
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    String cookieName(String key, String defaultValue) {
        return matching(key, defaultValue, COOKIE_NAME, "must be a cookie name (RFC 6265 token characters)");
    }

    String queryParameterName(String key, String defaultValue) {
        return matching(key, defaultValue, QUERY_PARAMETER, "must be a query parameter name of letters, digits, '-', '.', '_' or '~'");
    }

    Optional<String> domain(String key) {
        return read.raw(key).filter(value -> {
            if (value.length() <= 253 && DOMAIN.matcher(value).matches()) {
                return true;
            }
            read.problem(key, "must be a domain name such as example.com");
            return false;
        });
    }

    /** Characters a cookie name may start with (possibly empty). */
    String cookieNamePrefix(String key) {
        return matching(key, "", COOKIE_NAME, "must be cookie-name characters (RFC 6265 token characters)");
    }

    private String matching(String key, String defaultValue, Pattern pattern, String rule) {
        return read.raw(key).filter(value -> {
            if (pattern.matcher(value).matches()) {
                return true;
            }
            read.problem(key, rule);
            return false;
        }).orElse(defaultValue);
    }

    /** A comma list of addresses and CIDR ranges; none may trust every address. */
    TrustedProxies trustedProxies(String key) {
        List<String> entries = read.list(key, "");
        List<AddressRange> ranges = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<AddressRange> range = AddressRange.parse(entries.get(i));
            if (range.isEmpty()) {
                read.problem(key, "entry " + (i + 1) + " must be an IPv4 or IPv6 address or CIDR range such as 10.0.0.0/8 "
                        + "(literals only, no host names)");
                return TrustedProxies.NONE;
            }
            if (range.get().coversEverything()) {
                read.problem(key, "entry " + (i + 1) + " trusts every address (a /0 range): any client could choose its "
                        + "own address; list the proxies' addresses or ranges");
                return TrustedProxies.NONE;
            }
            ranges.add(range.get());
        }
        return new TrustedProxies(ranges);
    }

    ProxyHeader proxyHeader(String key, ProxyHeader defaultValue) {
        return read.raw(key).map(value -> ProxyHeader.named(value).orElseGet(() -> {
            read.problem(key, "must be X-Forwarded-For or Forwarded");
            return defaultValue;
        })).orElse(defaultValue);
    }
}
