package dev.portalauth.internal.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A request to the GraphQL route is one JSON object naming an allowed operation by id or by text,
 * with optional variables (an object), and nothing else: a batch, an unknown operation, both an id
 * and a query, extra members or variables that are not an object name no operation.
 */
class OperationRequestSpec {

    private static final String QUERY = "query Account($n: String!) { account(accountNumber: $n) { number } }";
    private static final AllowedDocuments ALLOWED = AllowedDocuments.of(Map.of("account.graphql", QUERY));
    private static final String ID = AllowedDocument.parse(QUERY).id();

    @Test
    void anIdWithVariablesNamesTheOperation() {
        OperationRequest request = read("{\"id\":\"" + ID + "\",\"variables\":{\"n\":\"A-1\"}}").orElseThrow();

        assertEquals(ID, request.document().id());
        assertEquals("A-1", request.variables().getString("n"));
    }

    @Test
    void aQueryWithTheSameTokensNamesTheOperation() {
        OperationRequest request = read("{\"query\":\"query Account($n:String!){account(accountNumber:$n){number}}\"}")
                .orElseThrow();

        assertEquals(ID, request.document().id());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, request.variables(), "no variables: an empty object");
    }

    @Test
    void nullVariablesAreNoVariables() {
        assertTrue(read("{\"id\":\"" + ID + "\",\"variables\":null}").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[{\"id\":\"%s\"}]",
        "\"%s\"",
        "{}",
        "{\"id\":\"%s\",\"query\":\"query { x }\"}",
        "{\"id\":\"%s\",\"operationName\":\"Account\"}",
        "{\"id\":\"%s\",\"variables\":[]}",
        "{\"id\":\"%s\",\"variables\":\"{}\"}",
        "{\"id\":1}",
        "{\"id\":null}",
        "{\"query\":\"mutation { obtainKrakenToken(input: {}) { token } }\"}",
        "{\"query\":\"query Account($n: String!) { account(accountNumber: $n) { number balance } }\"}",
        "{\"id\":\"%s\"} {\"id\":\"%s\"}",
    })
    void anythingElseNamesNoOperation(String body) {
        assertFalse(read(body.replace("%s", ID)).isPresent(), body);
    }

    private static Optional<OperationRequest> read(String body) {
        return OperationRequest.read(body.getBytes(StandardCharsets.UTF_8), ALLOWED, JsonProvider.provider());
    }
}
