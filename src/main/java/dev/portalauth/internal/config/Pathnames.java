package dev.portalauth.internal.config;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Configured pathnames, each covering itself and every path below it on whole segments:
 * {@code /anon} covers {@code /anon} and {@code /anon/k/x}, not {@code /anonymous};
 * {@code /} covers everything.
 */
public final class Pathnames {

    private final List<String> all;
    /** Longest first, so that the first cover found is the most specific one. */
    private final String[] bySpecificity;

    private Pathnames(List<String> all) {
        this.all = all;
        this.bySpecificity = all.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toArray(String[]::new);
    }

    /**
     * @param pathnames canonical paths (a trailing slash is dropped), at least one; duplicates are merged
     * @throws IllegalArgumentException naming the position of the first invalid entry
     */
    public static Pathnames of(List<String> pathnames) {
        if (pathnames.isEmpty()) {
            throw new IllegalArgumentException("needs at least one pathname");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (int i = 0; i < pathnames.size(); i++) {
            String entry = pathnames.get(i);
            if (entry.indexOf('*') >= 0) {
                throw new IllegalArgumentException("entry " + (i + 1) + " must be a pathname, not a glob (no '*')");
            }
            try {
                canonical.add(ConfiguredPath.canonical(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry " + (i + 1) + " " + e.getMessage(), e);
            }
        }
        return new Pathnames(List.copyOf(canonical));
    }

    /**
     * The most specific pathname covering a canonical path ({@link RequestPath#normalize}).
     *
     * @return the pathname, or {@code null} when none covers the path
     */
    public String match(String normalizedPath) {
        for (String pathname : bySpecificity) {
            if (covers(pathname, normalizedPath)) {
                return pathname;
            }
        }
        return null;
    }

    /** Whether a canonical pathname covers a canonical path: itself or below it, on whole segments. */
    static boolean covers(String pathname, String path) {
        int length = pathname.length();
        return length == 1
                || path.startsWith(pathname) && (path.length() == length || path.charAt(length) == '/');
    }

    /** The first configured pathname (for instance, where a login with a full session goes). */
    public String first() {
        return all.get(0);
    }

    /** Every pathname, in configuration order. */
    public List<String> all() {
        return all;
    }

    @Override
    public String toString() {
        return String.join(",", all);
    }
}
