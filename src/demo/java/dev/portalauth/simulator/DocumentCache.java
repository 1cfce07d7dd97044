package dev.portalauth.simulator;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once. Clients send the same few documents over and
 * over, so after the first request neither the call counting nor the execution parses again.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int LIMIT = 512;

    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (entries.size() >= LIMIT) {
                entries.clear(); // crude bound: only misbehaving clients send that many documents
            }
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The syntax tree of a document, before validation; empty when it does not parse. */
    Optional<Document> syntax(String query) {
        PreparsedDocumentEntry entry = entries.get(query);
        if (entry != null && entry.getDocument() != null) {
            return Optional.of(entry.getDocument());
        }
        try {
            return Optional.of(Parser.parse(query));
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }
}
