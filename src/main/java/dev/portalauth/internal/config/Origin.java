package dev.portalauth.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin: scheme, host and port, compared as browsers compare them in {@code Origin}.
 * Scheme and host are lower-cased and the scheme's default port is made explicit, so that
 * {@code https://Portal.example} and {@code https://portal.example:443} are the same origin.
 */
public record Origin(String scheme, String host, int port) {

    /**
     * An origin written as {@code scheme://host[:port]}: {@code http} or {@code https}, no user
     * info, path, query or fragment. Empty for anything else, {@code null} (the opaque origin)
     * included.
     */
    public static Optional<Origin> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        boolean bare = uri.getRawUserInfo() == null && uri.getRawPath() != null && uri.getRawPath().isEmpty()
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (defaultPort < 0 || uri.getHost() == null || !bare || uri.getPort() == 0 || uri.getPort() > 65_535) {
            return Optional.empty();
        }
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    }

    /**
     * The origin of an absolute {@code http}/{@code https} URL such as a {@code Referer}
     * ({@code https://portal.example/page?x} → {@code https://portal.example}); empty for anything
     * else, a URL with user info included.
     */
    public static Optional<Origin> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return parse(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin a request names by its scheme and {@code Host} header ({@code host[:port]}). */
    public static Optional<Origin> of(String scheme, String hostHeader) {
        if (scheme == null || hostHeader == null) {
            return Optional.empty();
        }
        return parse(scheme + "://" + hostHeader.strip());
    }

    /** As browsers write it ({@code https://portal.example}): the port only when not the scheme's default. */
    public String serialized() {
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** {@code scheme://host:port}, the port always written. */
    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
