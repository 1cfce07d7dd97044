package dev.portalauth.internal.graphql;

/** A text that is not a GraphQL executable document the route accepts; the message says why, never the text. */
public final class GraphqlSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    GraphqlSyntaxException(String message) {
        super(message);
    }
}
