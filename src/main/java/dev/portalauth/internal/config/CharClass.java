package dev.portalauth.internal.config;

/**
 * A bracket expression of a glob segment: {@code [a-z]}, {@code [abc]}, negated {@code [!a-z]} or
 * {@code [^a-z]}. A {@code ]} right after the opening (or its negation) is a member, a {@code -}
 * first or last is a member, as in POSIX and picomatch. Never matches {@code /} (it lives inside
 * one segment).
 */
final class CharClass {

    private final boolean negated;
    /** Inclusive ranges, low and high in turn; a single character is a range of one. */
    private final char[] ranges;

    private CharClass(boolean negated, char[] ranges) {
        this.negated = negated;
        this.ranges = ranges;
    }

    /** The index of the {@code ]} closing the class opened at {@code open}, or -1 when it is unclosed. */
    static int end(String text, int open) {
        int i = open + 1;
        if (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '^')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ']') {
            i++;
        }
        int close = text.indexOf(']', i);
        int slash = text.indexOf('/', i);
        return slash >= 0 && slash < close ? -1 : close;
    }

    /**
     * Compiles {@code text[open..close]}, {@code close} being {@link #end}.
     *
     * @throws IllegalArgumentException for a POSIX class or a reversed range
     */
    static CharClass compile(String text, int open, int close) {
        int i = open + 1;
        boolean negated = text.charAt(i) == '!' || text.charAt(i) == '^';
        if (negated) {
            i++;
        }
        if (text.startsWith("[:", i)) {
            throw new IllegalArgumentException("has a POSIX class such as [[:alpha:]], which is not supported: use [a-zA-Z]");
        }
        StringBuilder ranges = new StringBuilder();
        while (i < close) {
            char low = text.charAt(i);
            boolean range = i + 2 < close && text.charAt(i + 1) == '-';
            char high = range ? text.charAt(i + 2) : low;
            if (high < low) {
                throw new IllegalArgumentException("has a reversed range in a class such as [z-a]");
            }
            ranges.append(low).append(high);
            i += range ? 3 : 1;
        }
        return new CharClass(negated, ranges.toString().toCharArray());
    }

    boolean matches(char c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c >= ranges[i] && c <= ranges[i + 1]) {
                return !negated;
            }
        }
        return negated;
    }
}
