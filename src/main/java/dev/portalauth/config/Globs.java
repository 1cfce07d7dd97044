package dev.portalauth.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Configured path globs over canonical paths ({@link RequestPath#normalize}): {@code *} is any
 * run of characters inside one segment ({@code /anon/*}, {@code /static/*.css}), {@code **} zero
 * or more whole segments ({@code /anon/**} matches {@code /anon} and everything below it).
 * Globs are absolute paths inside the application. Compiled once into segment arrays and matched
 * by index, without regular expressions or allocation.
 */
public final class Globs {

    private static final String ANY_SEGMENTS = "**";

    /** Nothing matches. */
    public static final Globs NONE = new Globs(List.of(), new String[0][]);
    /** Everything matches ({@code /**}). */
    public static final Globs ALL = of(List.of("/**"));

    private final List<String> patterns;
    private final String[][] compiled;
    private final boolean matchesEverything;

    private Globs(List<String> patterns, String[][] compiled) {
        this.patterns = patterns;
        this.compiled = compiled;
        this.matchesEverything = patterns.contains("/**");
    }

    /**
     * @param globs canonical paths with {@code *} and {@code **} (a trailing slash is dropped);
     *              duplicates are merged; an empty list matches nothing
     * @throws IllegalArgumentException naming the position of the first invalid entry
     */
    public static Globs of(List<String> globs) {
        Set<String> canonical = new LinkedHashSet<>();
        for (int i = 0; i < globs.size(); i++) {
            try {
                canonical.add(canonical(globs.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry " + (i + 1) + " " + e.getMessage(), e);
            }
        }
        List<String> patterns = List.copyOf(canonical);
        String[][] compiled = new String[patterns.size()][];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = segments(patterns.get(i));
        }
        return new Globs(patterns, compiled);
    }

    private static String canonical(String glob) {
        String path = ConfiguredPath.canonical(glob);
        for (String segment : segments(path)) {
            if (segment.contains(ANY_SEGMENTS) && !segment.equals(ANY_SEGMENTS)) {
                throw new IllegalArgumentException("'**' must be a whole segment");
            }
        }
        return path;
    }

    private static String[] segments(String path) {
        if (path.length() == 1) {
            return new String[0];
        }
        return path.substring(1).split("/");
    }

    /** Whether any glob matches a canonical path. */
    public boolean matches(String normalizedPath) {
        if (matchesEverything) {
            return true;
        }
        for (String[] glob : compiled) {
            if (matches(glob, normalizedPath)) {
                return true;
            }
        }
        return false;
    }

    /** The globs, in configuration order. */
    public List<String> patterns() {
        return patterns;
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }

    /**
     * Greedy matching with one backtrack point, the classic wildcard algorithm lifted from
     * characters to segments: {@code **} first takes no segment, and on a later mismatch takes one
     * more. {@code p} is the start index of the current path segment; {@code end} means none left.
     */
    private static boolean matches(String[] glob, String path) {
        int end = path.length() + 1;
        int p = path.length() == 1 ? end : 1;
        int g = 0;
        int starG = -1;
        int starP = -1;
        while (p < end) {
            int segmentEnd = segmentEnd(path, p);
            if (g < glob.length && glob[g].equals(ANY_SEGMENTS)) {
                starG = g++;
                starP = p;
            } else if (g < glob.length && segmentMatches(glob[g], path, p, segmentEnd)) {
                g++;
                p = segmentEnd + 1;
            } else if (starG >= 0) {
                g = starG + 1;
                starP = segmentEnd(path, starP) + 1;
                p = starP;
            } else {
                return false;
            }
        }
        while (g < glob.length && glob[g].equals(ANY_SEGMENTS)) {
            g++;
        }
        return g == glob.length;
    }

    private static int segmentEnd(String path, int start) {
        int slash = path.indexOf('/', start);
        return slash < 0 ? path.length() : slash;
    }

    /** The same algorithm within one segment: {@code *} is any run of characters. */
    private static boolean segmentMatches(String pattern, String path, int from, int to) {
        int pi = 0;
        int si = from;
        int starPi = -1;
        int starSi = -1;
        while (si < to) {
            if (pi < pattern.length() && pattern.charAt(pi) == '*') {
                starPi = pi++;
                starSi = si;
            } else if (pi < pattern.length() && pattern.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (starPi >= 0) {
                pi = starPi + 1;
                si = ++starSi;
            } else {
                return false;
            }
        }
        while (pi < pattern.length() && pattern.charAt(pi) == '*') {
            pi++;
        }
        return pi == pattern.length();
    }
}
