package dev.portalauth.internal.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a GraphQL text, by the lexical grammar of the GraphQL specification: whitespace,
 * line terminators, commas, comments and the byte-order mark are dropped; punctuators, names,
 * numbers and strings (block strings included) are kept exactly as written. Two texts with the
 * same tokens are the same document, however they are laid out.
 */
final class GraphqlTokens {

    private final String source;
    private final List<String> tokens = new ArrayList<>();
    private int at;

    private GraphqlTokens(String source) {
        this.source = source;
    }

    /** @throws GraphqlSyntaxException at the first character no token can start with or an unterminated string */
    static List<String> of(String source) {
        GraphqlTokens lexer = new GraphqlTokens(source);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                at++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '.') {
                spread();
            } else if ("!$&()=:@[]{}|".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                at++;
            } else if (nameStart(c)) {
                name();
            } else if (c == '-' || digit(c)) {
                number();
            } else if (source.startsWith("\"\"\"", at)) {
                blockString();
            } else if (c == '"') {
                string();
            } else {
                throw error("unexpected character");
            }
        }
    }

    private void skipComment() {
        while (at < source.length() && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
            at++;
        }
    }

    private void spread() {
        if (!source.startsWith("...", at)) {
            throw error("'.' outside '...'");
        }
        tokens.add("...");
        at += 3;
    }

    private void name() {
        int start = at;
        while (at < source.length() && (nameStart(source.charAt(at)) || digit(source.charAt(at)))) {
            at++;
        }
        tokens.add(source.substring(start, at));
    }

    /** IntValue or FloatValue; like the grammar, a number may not run into a name or a dot. */
    private void number() {
        int start = at;
        if (source.charAt(at) == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
            if (digit(peek())) {
                throw error("a number may not start with 0");
            }
        } else {
            digits();
        }
        if (peek() == '.') {
            at++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits();
        }
        char next = peek();
        if (next == '.' || nameStart(next)) {
            throw error("a number runs into a name or a dot");
        }
        tokens.add(source.substring(start, at));
    }

    private void digits() {
        if (!digit(peek())) {
            throw error("digit expected");
        }
        while (digit(peek())) {
            at++;
        }
    }

    private void string() {
        int start = at++;
        while (true) {
            char c = peek();
            if (at >= source.length() || c == '\n' || c == '\r') {
                throw error("unterminated string");
            }
            at++;
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape();
            }
        }
        tokens.add(source.substring(start, at));
    }

    private void escape() {
        char c = peek();
        if (c != 0 && "\"\\/bfnrt".indexOf(c) >= 0) {
            at++;
        } else if (c == 'u') {
            at++;
            if (peek() == '{') {
                int close = source.indexOf('}', at);
                if (close < 0 || close == at + 1 || !hex(at + 1, close)) {
                    throw error("bad unicode escape");
                }
                at = close + 1;
            } else {
                if (at + 4 > source.length() || !hex(at, at + 4)) {
                    throw error("bad unicode escape");
                }
                at += 4;
            }
        } else {
            throw error("bad escape");
        }
    }

    private boolean hex(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(source.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void blockString() {
        int start = at;
        at += 3;
        while (true) {
            if (at >= source.length()) {
                throw error("unterminated block string");
            }
            if (source.startsWith("\\\"\"\"", at)) {
                at += 4;
            } else if (source.startsWith("\"\"\"", at)) {
                at += 3;
                break;
            } else {
                at++;
            }
        }
        tokens.add(source.substring(start, at));
    }

    private char peek() {
        return at < source.length() ? source.charAt(at) : 0;
    }

    private static boolean nameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private GraphqlSyntaxException error(String what) {
        return new GraphqlSyntaxException(what + " at offset " + at);
    }
}
