package dev.portalauth.internal.config;

import java.util.Optional;

/**
 * Which redirect targets taken from a request ({@code next}) may be followed: same-application
 * relative paths only, so that a crafted link cannot send a visitor elsewhere.
 */
public final class RedirectTargets {

    /** Longer candidates are refused outright. */
    public static final int MAX_LENGTH = 2048;

    /**
     * Some frameworks and proxies decode more than once, so every decoding up to this depth must
     * be safe; a value still encoded beyond it has no honest reason to be.
     */
    private static final int DECODING_ROUNDS = 3;

    private RedirectTargets() {
    }

    /**
     * The candidate, unchanged, when it is a same-application relative path: it starts with one
     * {@code /} (or is just {@code /}); it is visible ASCII only (no space, CR, LF, tab, NUL or
     * other control character); and neither it nor any of its percent-decodings has a path part
     * (before {@code ?} or {@code #}) containing {@code //} or {@code \}, or contains a control
     * character. This refuses {@code //evil}, {@code /\evil}, {@code https://evil},
     * {@code javascript:…}, {@code /%2F/evil}, {@code /%0d%0aSet-Cookie:…}.
     *
     * @return the candidate, or empty: fall back to the default target
     */
    public static Optional<String> safeRelative(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || !isVisibleAscii(candidate)) {
            return Optional.empty();
        }
        String view = candidate;
        for (int round = 0; round <= DECODING_ROUNDS; round++) {
            if (!isSafe(view)) {
                return Optional.empty();
            }
            String decoded = PercentDecoding.lenient(view);
            if (decoded.equals(view)) {
                return Optional.of(candidate);
            }
            view = decoded;
        }
        return Optional.empty();
    }

    private static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Browsers read {@code \} as {@code /}, and {@code //host} is another origin. */
    private static boolean isSafe(String view) {
        for (int i = 0; i < view.length(); i++) {
            if (Character.isISOControl(view.charAt(i))) {
                return false;
            }
        }
        int pathEnd = pathEnd(view);
        for (int i = 0; i < pathEnd; i++) {
            char c = view.charAt(i);
            if (c == '\\' || c == '/' && i + 1 < pathEnd && view.charAt(i + 1) == '/') {
                return false;
            }
        }
        return true;
    }

    private static int pathEnd(String view) {
        for (int i = 0; i < view.length(); i++) {
            char c = view.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return view.length();
    }
}
