package dev.portalauth.internal.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operations browser code may run through the GraphQL route, found by id or by their
 * normalised text. Read and checked once, at start-up.
 */
public final class AllowedDocuments {

    private final Map<String, AllowedDocument> byId = new HashMap<>();
    private final Map<String, AllowedDocument> byText = new HashMap<>();

    private AllowedDocuments(Map<String, String> sources) {
        Map<String, String> fileOfId = new HashMap<>();
        sources.forEach((file, source) -> {
            AllowedDocument document;
            try {
                document = AllowedDocument.parse(source);
            } catch (GraphqlSyntaxException e) {
                throw new InvalidDocumentException(file, e.getMessage());
            }
            String first = fileOfId.putIfAbsent(document.id(), file);
            if (first != null) {
                throw new InvalidDocumentException(file, "the same operation as " + first);
            }
            byId.put(document.id(), document);
            byText.put(document.text(), document);
        });
        if (byId.isEmpty()) {
            throw new InvalidDocumentException("(none)", "no .graphql document found");
        }
    }

    /**
     * Reads every document at {@code location} (a directory, or {@code classpath:} an index).
     *
     * @throws InvalidDocumentException naming the first file that cannot be read or is not one operation
     */
    public static AllowedDocuments load(String location, ClassLoader loader) {
        return of(DocumentFiles.read(location, loader));
    }

    /** From texts by file name (tests, and {@link #load}). */
    static AllowedDocuments of(Map<String, String> sources) {
        return new AllowedDocuments(sources);
    }

    public Optional<AllowedDocument> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The allowed document with the same tokens as {@code query}; empty when none, or when it is not GraphQL. */
    public Optional<AllowedDocument> byQuery(String query) {
        try {
            return Optional.ofNullable(byText.get(AllowedDocument.normalise(query)));
        } catch (GraphqlSyntaxException e) {
            return Optional.empty();
        }
    }

    public int size() {
        return byId.size();
    }
}
