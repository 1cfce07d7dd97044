package dev.portalauth.internal.graphql;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

/**
 * What a browser asked the GraphQL route to run: exactly one JSON object, {@code {"id":"<hex>"}}
 * or {@code {"query":"<document>"}}, with optional {@code "variables"} (an object), and nothing
 * else; the operation must be an allowed one. Anything else names no operation.
 */
public record OperationRequest(AllowedDocument document, JsonObject variables) {

    private static final Set<String> MEMBERS = Set.of("id", "query", "variables");

    /** The allowed operation {@code body} asks for, or empty when it asks for anything else. */
    public static Optional<OperationRequest> read(byte[] body, AllowedDocuments allowed, JsonProvider json) {
        JsonObject request;
        try (JsonParser parser = json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty(); // a batch, a string, nothing
            }
            request = parser.getObject();
            if (parser.hasNext()) {
                return Optional.empty(); // a second value after the object
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
        if (!MEMBERS.containsAll(request.keySet())) {
            return Optional.empty();
        }
        JsonValue variables = request.getOrDefault("variables", JsonValue.NULL);
        if (variables != JsonValue.NULL && !(variables instanceof JsonObject)) {
            return Optional.empty();
        }
        JsonValue id = request.get("id");
        JsonValue query = request.get("query");
        Optional<AllowedDocument> document;
        if (id instanceof JsonString s && query == null) {
            document = allowed.byId(s.getString());
        } else if (query instanceof JsonString s && id == null) {
            document = allowed.byQuery(s.getString());
        } else {
            return Optional.empty();
        }
        JsonObject bound = variables instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        return document.map(d -> new OperationRequest(d, bound));
    }
}
