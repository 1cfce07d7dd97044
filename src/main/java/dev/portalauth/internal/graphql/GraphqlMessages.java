package dev.portalauth.internal.graphql;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the GraphQL route ({@code KPA-GRAPHQL-…}).
 */
public enum GraphqlMessages implements NumberedMessage {

    /** Fails deployment ({@code InvalidDocumentException}): the file, then what is wrong. */
    INVALID_DOCUMENT("KPA-GRAPHQL-001", Level.OFF,
            "kraken.auth.graphql-proxy.documents: %s: %s"),
    ROUTE_ON("KPA-GRAPHQL-002", Level.INFO,
            "the GraphQL route %s is on with %s allowed operation(s)"),
    /** Thrown as {@code IllegalStateException}. */
    CLIENT_SCRIPT_MISSING("KPA-GRAPHQL-003", Level.OFF,
            "%s is missing from the module's jar");

    private final String code;
    private final Level level;
    private final String text;

    GraphqlMessages(String code, Level level, String text) {
        this.code = code;
        this.level = level;
        this.text = text;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String text() {
        return text;
    }
}
