package dev.portalauth.internal.graphql;

import java.util.List;
import java.util.Set;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.Hashes;

/**
 * One operation the portal lets browser code run: its normalised text (what is sent to Kraken),
 * its id (SHA-256 hex of that text) and the session kinds that may run it.
 */
public record AllowedDocument(String id, String text, Set<AuthMethod> kinds) {

    public AllowedDocument {
        kinds = Set.copyOf(kinds);
    }

    /**
     * Reads one document as written in a file.
     *
     * @throws GraphqlSyntaxException when it is not one operation, or its {@code # kinds:} line names an unknown kind
     */
    static AllowedDocument parse(String source) {
        Set<AuthMethod> kinds = KindsLine.of(source);
        List<String> tokens = GraphqlTokens.of(source);
        OperationShape.requireOneOperation(tokens);
        String text = String.join(" ", tokens);
        return new AllowedDocument(Hashes.sha256Hex(text), text, kinds);
    }

    /** The normalised form of any text: its tokens joined by one space. */
    static String normalise(String source) {
        return String.join(" ", GraphqlTokens.of(source));
    }

    public boolean admits(AuthMethod kind) {
        return kinds.contains(kind);
    }
}
