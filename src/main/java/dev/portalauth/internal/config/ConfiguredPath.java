package dev.portalauth.internal.config;

/**
 * A path written in the configuration must already be what it matches: a canonical request path
 * (see {@link RequestPath#normalize}), so nothing is silently reinterpreted. Only a trailing
 * slash is forgiven.
 */
final class ConfiguredPath {

    static final String RULE = "must start with '/' and contain no '.' or '..' segment, '//', '\\', '%', ';', '?', '#' or control character";

    private ConfiguredPath() {
    }

    /** @throws IllegalArgumentException with {@link #RULE} when the entry is not canonical */
    static String canonical(String entry) {
        String path = entry.length() > 1 && entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        if (!path.startsWith("/") || containsAny(path, "%;?#") || !path.equals(RequestPath.normalize(path))) {
            throw new IllegalArgumentException(RULE);
        }
        return path;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
