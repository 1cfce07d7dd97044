package dev.portalauth.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Configured path globs over canonical paths ({@link RequestPath#normalize}), in the syntax of
 * picomatch (blueprint-auth's matcher) so that its configurations carry over: {@code *} is any run
 * of characters inside one segment, {@code **} zero or more whole segments ({@code /anon/**}
 * matches {@code /anon} and everything below), {@code ?} exactly one character but {@code /},
 * {@code [a-z]} / {@code [!a-z]} / {@code [^a-z]} one character of (not of) a class,
 * {@code {a,b}} alternatives (nested, and across segments: {@code /{help,static/**}}), and a
 * leading {@code !} negates a glob. A path matches when it matches a positive glob and no
 * negated one. Every route glob of the module uses this one matcher.
 *
 * <p>Compiled once: braces are expanded at start-up and each glob becomes an array of
 * {@link SegmentPattern}s, matched by index, without regular expressions or allocation.
 */
public final class Globs {

    /** Marks a {@code **} segment (compared by identity). */
    private static final SegmentPattern ANY_SEGMENTS = SegmentPattern.compile("*");
    /** Stands for a whole-segment {@code **} while braces are expanded (a private-use character). */
    private static final String GLOBSTAR = "\uE000";
    private static final String GLOBSTAR_INSIDE = "has '**' inside a segment: '**' must be a whole segment";
    private static final Pattern STAR_RUN = Pattern.compile("\\*{2,}");
    /** picomatch's extended globs; refused rather than read differently. */
    private static final Pattern EXTGLOB = Pattern.compile("[@+*?!]\\(");
    private static final String GLOB_PATH_RULE =
            "must start with '/' (after a '!') and contain no '.' or '..' segment, '//', '\\', '%', ';', '#' or control character";

    /** Nothing matches. */
    public static final Globs NONE = new Globs(List.of(), new SegmentPattern[0][], new SegmentPattern[0][]);
    /** Everything matches ({@code /**}). */
    public static final Globs ALL = of(List.of("/**"));

    private final List<String> patterns;
    private final SegmentPattern[][] positive;
    private final SegmentPattern[][] negated;
    private final boolean matchesEverything;

    private Globs(List<String> patterns, SegmentPattern[][] positive, SegmentPattern[][] negated) {
        this.patterns = patterns;
        this.positive = positive;
        this.negated = negated;
        this.matchesEverything = negated.length == 0 && patterns.contains("/**");
    }

    /**
     * A configuration value: a comma list whose commas inside braces belong to a glob
     * ({@code /anon/{help,faq}/**,/static/**} is two globs). Entries are stripped; empty ones go.
     */
    public static List<String> split(String commaList) {
        return Braces.splitAtTopLevelCommas(commaList).stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    /**
     * @param globs globs as above (a trailing slash is dropped); duplicates are merged; an empty
     *              list matches nothing
     * @throws IllegalArgumentException naming the position of the first invalid entry, or when
     *                                  every glob is negated (such a list would match nothing)
     */
    public static Globs of(List<String> globs) {
        Set<String> canonical = new LinkedHashSet<>();
        List<SegmentPattern[]> positive = new ArrayList<>();
        List<SegmentPattern[]> negated = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            String glob = globs.get(i);
            try {
                if (EXTGLOB.matcher(glob).find()) {
                    throw new IllegalArgumentException("has an extglob such as @(a) or !(a), which is not supported: "
                            + "use braces {a,b} or a negated glob");
                }
                boolean negation = glob.startsWith("!");
                String body = negation ? glob.substring(1) : glob;
                if (body.length() > 1 && body.endsWith("/")) { // forgiven on the entry as written
                    body = body.substring(0, body.length() - 1);
                }
                for (String expanded : Braces.expand(markGlobstars(body))) {
                    // stars that met through the expansion are one star, not a globstar
                    String path = canonical(STAR_RUN.matcher(expanded).replaceAll("*"));
                    if (canonical.add((negation ? "!" : "") + path.replace(GLOBSTAR, "**"))) {
                        (negation ? negated : positive).add(compile(path));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry " + (i + 1) + " " + e.getMessage(), e);
            }
        }
        if (positive.isEmpty() && !negated.isEmpty()) {
            throw new IllegalArgumentException("has only negated globs ('!…'), which match nothing: "
                    + "list the paths they carve out of too, such as /anon/**,!/anon/private/**");
        }
        return new Globs(List.copyOf(canonical), positive.toArray(SegmentPattern[][]::new),
                negated.toArray(SegmentPattern[][]::new));
    }

    /**
     * Marks each {@code **} written as a whole segment ({@code /**}, or a whole brace alternative
     * as in {@code /{**,x}}) before braces are expanded, so that stars that only meet through an
     * expansion ({@code *{a,}*}) stay stars within a segment, as in picomatch.
     */
    private static String markGlobstars(String glob) {
        StringBuilder marked = new StringBuilder(glob.length());
        int i = 0;
        while (i < glob.length()) {
            int run = i;
            while (run < glob.length() && glob.charAt(run) == '*') {
                run++;
            }
            if (run - i >= 2) {
                boolean startsSegment = i == 0 || "/{,".indexOf(glob.charAt(i - 1)) >= 0;
                boolean endsSegment = run == glob.length() || "/},".indexOf(glob.charAt(run)) >= 0;
                if (run - i > 2 || !startsSegment || !endsSegment) {
                    throw new IllegalArgumentException(GLOBSTAR_INSIDE);
                }
                marked.append(GLOBSTAR);
                i = run;
            } else {
                marked.append(glob.charAt(i++));
            }
        }
        return marked.toString();
    }

    /** A glob without braces, with its metacharacters, must still be a canonical path. */
    private static String canonical(String path) {
        if (path.startsWith("!")) {
            throw new IllegalArgumentException("starts with '!!': negate a glob once");
        }
        // '?' is a wildcard here, not a query: check the path with it standing for a character;
        // a trailing slash made by a brace alternative ('/**/{a,}') would change the meaning
        String checked = path.replace('?', '_').replace(GLOBSTAR.charAt(0), '_');
        boolean canonical;
        try {
            canonical = ConfiguredPath.canonical(checked).equals(checked);
        } catch (IllegalArgumentException e) {
            canonical = false;
        }
        if (!canonical) {
            throw new IllegalArgumentException(GLOB_PATH_RULE);
        }
        for (String segment : segments(path)) {
            if (segment.contains(GLOBSTAR) && !segment.equals(GLOBSTAR)) {
                throw new IllegalArgumentException(GLOBSTAR_INSIDE);
            }
        }
        return path;
    }

    private static SegmentPattern[] compile(String path) {
        String[] segments = segments(path);
        SegmentPattern[] compiled = new SegmentPattern[segments.length];
        for (int i = 0; i < segments.length; i++) {
            compiled[i] = segments[i].equals(GLOBSTAR) ? ANY_SEGMENTS : SegmentPattern.compile(segments[i]);
        }
        return compiled;
    }

    private static String[] segments(String path) {
        if (path.length() == 1) {
            return new String[0];
        }
        return path.substring(1).split("/");
    }

    /** Whether a canonical path matches a positive glob and no negated one. */
    public boolean matches(String normalizedPath) {
        if (matchesEverything) {
            return true;
        }
        return matchesAny(positive, normalizedPath) && !matchesAny(negated, normalizedPath);
    }

    private static boolean matchesAny(SegmentPattern[][] globs, String path) {
        for (SegmentPattern[] glob : globs) {
            if (matches(glob, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some path at or below a canonical pathname could match a positive glob: each of the
     * pathname's segments meets a glob segment that matches it, or a {@code **} before it ends.
     * Negated globs are not counted, so the answer errs on the side of "yes".
     */
    public boolean mayMatchWithin(String pathname) {
        String[] segments = segments(pathname);
        for (SegmentPattern[] glob : positive) {
            if (reachesWithin(glob, segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesWithin(SegmentPattern[] glob, String[] segments) {
        for (int i = 0; i < segments.length; i++) {
            if (i >= glob.length) {
                return false; // the glob ends above the pathname
            }
            if (glob[i] == ANY_SEGMENTS) {
                return true;
            }
            if (!glob[i].matches(segments[i], 0, segments[i].length())) {
                return false;
            }
        }
        return true;
    }

    /** The globs, in configuration order, braces expanded; negated ones start with {@code !}. */
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
    private static boolean matches(SegmentPattern[] glob, String path) {
        int end = path.length() + 1;
        int p = path.length() == 1 ? end : 1;
        int g = 0;
        int starG = -1;
        int starP = -1;
        while (p < end) {
            int segmentEnd = segmentEnd(path, p);
            if (g < glob.length && glob[g] == ANY_SEGMENTS) {
                starG = g++;
                starP = p;
            } else if (g < glob.length && glob[g].matches(path, p, segmentEnd)) {
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
        while (g < glob.length && glob[g] == ANY_SEGMENTS) {
            g++;
        }
        return g == glob.length;
    }

    private static int segmentEnd(String path, int start) {
        int slash = path.indexOf('/', start);
        return slash < 0 ? path.length() : slash;
    }
}
