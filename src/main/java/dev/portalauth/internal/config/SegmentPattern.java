package dev.portalauth.internal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segment of a glob, compiled: literal characters, {@code *} (any run), {@code ?} (exactly
 * one character) and classes ({@link CharClass}). Matched in place against a slice of the request
 * path, without allocation or regular expressions.
 */
final class SegmentPattern {

    /** Operations: a literal character is itself (≥ 0); the rest are negative. */
    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;
    /** {@code CLASS - i} is class {@code i}. */
    private static final int CLASS = -3;

    private final int[] ops;
    private final CharClass[] classes;

    private SegmentPattern(int[] ops, CharClass[] classes) {
        this.ops = ops;
        this.classes = classes;
    }

    /**
     * @param segment one segment of a glob, without {@code /}, braces expanded
     * @throws IllegalArgumentException for an unclosed {@code [} or an invalid class
     */
    static SegmentPattern compile(String segment) {
        int[] ops = new int[segment.length()];
        List<CharClass> classes = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '*') {
                if (n == 0 || ops[n - 1] != ANY_RUN) { // a run of stars is one star
                    ops[n++] = ANY_RUN;
                }
            } else if (c == '?') {
                ops[n++] = ANY_ONE;
            } else if (c == '[') {
                int close = CharClass.end(segment, i);
                if (close < 0) {
                    throw new IllegalArgumentException("has an unclosed '['");
                }
                classes.add(CharClass.compile(segment, i, close));
                ops[n++] = CLASS - (classes.size() - 1);
                i = close;
            } else {
                ops[n++] = c;
            }
        }
        return new SegmentPattern(Arrays.copyOf(ops, n), classes.toArray(CharClass[]::new));
    }

    /**
     * Whether the pattern matches {@code path[from, to)}: greedy matching with one backtrack
     * point, the classic wildcard algorithm (every operation but {@code *} takes exactly one
     * character, which keeps it exact).
     */
    boolean matches(String path, int from, int to) {
        int pi = 0;
        int si = from;
        int starPi = -1;
        int starSi = -1;
        while (si < to) {
            if (pi < ops.length && ops[pi] == ANY_RUN) {
                starPi = pi++;
                starSi = si;
            } else if (pi < ops.length && matchesOne(ops[pi], path.charAt(si))) {
                pi++;
                si++;
            } else if (starPi >= 0) {
                pi = starPi + 1;
                si = ++starSi;
            } else {
                return false;
            }
        }
        while (pi < ops.length && ops[pi] == ANY_RUN) {
            pi++;
        }
        return pi == ops.length;
    }

    private boolean matchesOne(int op, char c) {
        if (op >= 0) {
            return op == c;
        }
        return op == ANY_ONE || classes[CLASS - op].matches(c);
    }
}
