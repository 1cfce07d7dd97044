package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Map;

/** A GraphQL-over-HTTP request body: {@code {"query","variables","operationName"}}. */
record GraphqlRequest(String query, Map<String, Object> variables, String operationName) {

    /** @return null when the body has no query string */
    @SuppressWarnings("unchecked")
    static GraphqlRequest from(JsonObject body) {
        String query = JsonCodec.string(body, "query");
        if (query == null) {
            return null;
        }
        JsonValue variables = body.get("variables");
        Map<String, Object> variableMap = variables != null && variables.getValueType() == JsonValue.ValueType.OBJECT
                ? (Map<String, Object>) JsonCodec.toJava(variables) : Map.of();
        return new GraphqlRequest(query, variableMap, JsonCodec.string(body, "operationName"));
    }
}
