package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents the schema does not allow are rejected as a GraphQL server does: HTTP 200, validation
 * errors in {@code errors[]}, no {@code data}. Only a body that is not a GraphQL request is a 400.
 */
class InvalidRequestsSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void an_unknown_field_is_rejected_with_a_validation_error_and_no_data() {
        JsonObject response = harness.graphql("{ viewer { id favouriteColour } }", Map.of(), harness.accessToken());
        assertFalse(response.containsKey("data"));
        assertTrue(response.getJsonArray("errors").getJsonObject(0).getString("message").contains("favouriteColour"));
    }

    @Test
    void a_field_kraken_has_but_the_simulator_does_not_is_rejected_too() {
        JsonObject response = harness.graphql("{ account(accountNumber: \"A-1234ABCD\") { billingName } }", Map.of(), null);
        assertFalse(response.containsKey("data"));
        assertFalse(response.getJsonArray("errors").isEmpty());
    }

    @Test
    void a_missing_required_variable_is_rejected() {
        JsonObject response = harness.graphql(OBTAIN_KRAKEN_TOKEN, Map.of(), null);
        assertFalse(response.containsKey("data"));
        assertFalse(response.getJsonArray("errors").isEmpty());
    }

    @Test
    void a_document_with_a_syntax_error_is_rejected() {
        JsonObject response = harness.graphql("mutation { obtainKrakenToken(", Map.of(), null);
        assertFalse(response.containsKey("data"));
        assertFalse(response.getJsonArray("errors").isEmpty());
    }

    @Test
    void a_body_that_is_not_json_is_a_400() {
        SimulatorResponse response = harness.simulator.handleGraphql("query=viewer", null);
        assertEquals(400, response.status());
        assertEquals("POST body sent invalid JSON.", parse(response.body()).getJsonArray("errors")
                .getJsonObject(0).getString("message"));
    }

    @Test
    void a_json_body_without_a_query_is_a_400() {
        assertEquals(400, harness.simulator.handleGraphql("{\"variables\":{}}", null).status());
    }
}
