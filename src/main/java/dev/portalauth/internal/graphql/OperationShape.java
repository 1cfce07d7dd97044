package dev.portalauth.internal.graphql;

import java.util.List;

/**
 * An allowed document holds exactly one operation (a query or a mutation, named or not) and may
 * hold fragments: so an id stands for one thing Kraken will do. Type-system definitions and
 * subscriptions are refused. A shape check on tokens, not a parser: Kraken validates the rest.
 */
final class OperationShape {

    private OperationShape() {
    }

    /** @throws GraphqlSyntaxException when the tokens are not one operation plus fragments */
    static void requireOneOperation(List<String> tokens) {
        int operations = 0;
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.equals("query") || token.equals("mutation") || token.equals("{")) {
                operations++;
            } else if (!token.equals("fragment")) {
                throw new GraphqlSyntaxException("a definition must start with query, mutation, fragment or '{'"
                        + " (definition " + (operations + 1) + ")");
            }
            i = afterSelectionSet(tokens, selectionSetStart(tokens, i));
        }
        if (operations != 1) {
            throw new GraphqlSyntaxException("a document holds one operation, this one " + operations);
        }
    }

    /** The first '{' outside the parentheses of variable definitions and directive arguments. */
    private static int selectionSetStart(List<String> tokens, int from) {
        int parens = 0;
        for (int i = from; i < tokens.size(); i++) {
            switch (tokens.get(i)) {
                case "(" -> parens++;
                case ")" -> parens--;
                case "{" -> {
                    if (parens == 0) {
                        return i;
                    }
                }
                default -> {
                    // names, types, values
                }
            }
            if (parens < 0) {
                break;
            }
        }
        throw new GraphqlSyntaxException("a definition without a selection set");
    }

    private static int afterSelectionSet(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("{")) {
                depth++;
            } else if (token.equals("}") && --depth == 0) {
                return i + 1;
            }
        }
        throw new GraphqlSyntaxException("unbalanced braces");
    }
}
