package dev.portalauth.internal.graphql;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the GraphQL route ({@code KPA-GRAPHQL-…}).
 */
public final class GraphqlMessages {

    /** Fails deployment ({@code InvalidDocumentException}): the file, then what is wrong. */
    public static final NumberedMessage INVALID_DOCUMENT = new NumberedMessage("KPA-GRAPHQL-001", Level.OFF,
            "kraken.auth.graphql-proxy.documents: %s: %s");
    public static final NumberedMessage ROUTE_ON = new NumberedMessage("KPA-GRAPHQL-002", Level.INFO,
            "the GraphQL route %s is on with %s allowed operation(s)");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage CLIENT_SCRIPT_MISSING = new NumberedMessage("KPA-GRAPHQL-003", Level.OFF,
            "%s is missing from the module's jar");

    private GraphqlMessages() {
    }
}
