package dev.portalauth.internal.kraken;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A readable GraphQL answer: its {@code data} (maybe {@code null}), every
 * {@code errors[].extensions.errorCode}, and the {@code errors} as Kraken wrote them (empty when none).
 */
public record GraphqlResult(JsonObject data, List<String> errorCodes, boolean hasErrors, JsonArray errors) {

    /** The object under {@code data.<field>}, or {@code null} when absent or not an object. */
    public JsonObject field(String name) {
        if (data == null) {
            return null;
        }
        JsonValue value = data.get(name);
        return value instanceof JsonObject o ? o : null;
    }
}
