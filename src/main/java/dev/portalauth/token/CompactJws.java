package dev.portalauth.token;

/**
 * A cheap pre-check before any parsing: anything that cannot be a compact JWS of sane size is
 * rejected without allocating, so garbage cookies cost next to nothing.
 */
final class CompactJws {

    /** Larger than any cookie a browser keeps (4 KB), with room for headers. */
    static final int MAX_CHARS = 8 * 1024;

    private CompactJws() {
    }

    static boolean isPlausible(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_CHARS) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!isBase64Url(c)) {
                return false;
            }
        }
        return dots == 2;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
