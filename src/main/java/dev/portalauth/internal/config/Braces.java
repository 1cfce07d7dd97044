package dev.portalauth.internal.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace alternatives of a glob ({@code /anon/{help,faq}/**}), expanded once at start-up into plain
 * globs, so that the request path never meets a brace. Nested braces expand too
 * ({@code {a,{b,c}}}); a class ({@code [{,]}) is not a brace.
 */
final class Braces {

    /** A bound on what one configured entry may expand to: {@code {a,b}{c,d}…} grows exponentially. */
    static final int MAX_EXPANSIONS = 256;

    private Braces() {
    }

    /**
     * Splits at the commas outside braces and classes: the configuration list splitter, and the
     * alternatives inside one pair of braces. Entries are kept as they are (not stripped, empty
     * ones included); an unclosed brace keeps the rest in its entry, for the glob to report.
     */
    static List<String> splitAtTopLevelCommas(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                i = classEnd(text, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Every glob the braces of one glob stand for, in order.
     *
     * @throws IllegalArgumentException for an unclosed or unmatched brace, braces without a comma,
     *                                  or more than {@link #MAX_EXPANSIONS} globs
     */
    static List<String> expand(String glob) {
        List<String> out = new ArrayList<>();
        expand(glob, out);
        return out;
    }

    private static void expand(String glob, List<String> out) {
        int open = -1;
        for (int i = 0; i < glob.length() && open < 0; i++) {
            char c = glob.charAt(i);
            if (c == '[') {
                i = classEnd(glob, i);
            } else if (c == '{') {
                open = i;
            } else if (c == '}') {
                throw new IllegalArgumentException("has a '}' without its '{'");
            }
        }
        if (open < 0) {
            if (out.size() == MAX_EXPANSIONS) {
                throw new IllegalArgumentException("expands to more than " + MAX_EXPANSIONS + " globs: split it");
            }
            out.add(glob);
            return;
        }
        int close = matchingClose(glob, open);
        List<String> alternatives = splitAtTopLevelCommas(glob.substring(open + 1, close));
        if (alternatives.size() < 2) {
            throw new IllegalArgumentException(glob.substring(open, close).contains("..")
                    ? "has a brace range such as {1..3}, which is not supported: list the alternatives {1,2,3}"
                    : "has braces without a ',' (write {a,b}; a literal brace cannot be matched)");
        }
        String before = glob.substring(0, open);
        String after = glob.substring(close + 1);
        for (String alternative : alternatives) {
            expand(before + alternative + after, out);
        }
    }

    private static int matchingClose(String glob, int open) {
        int depth = 0;
        for (int i = open; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '[') {
                i = classEnd(glob, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("has an unclosed '{'");
    }

    /** Where scanning goes on after a {@code [}: past its class, or at the {@code [} itself when none closes. */
    private static int classEnd(String text, int open) {
        int close = CharClass.end(text, open);
        return close < 0 ? open : close;
    }
}
