package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DemoQueries;

/** The HTTP surface below {@code /kraken}: GraphQL, JWKS and the JSON control API tests drive. */
class ControlApiSpec {

    private final SimulatorHarness harness = new SimulatorHarness();
    private final SimulatorEndpoints endpoints = new SimulatorEndpoints(harness.simulator);

    @Test
    void graphql_is_served_with_and_without_the_trailing_slash() {
        String login = body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD)));
        assertEquals(200, endpoints.handle("POST", "/graphql/", login, null).status());
        assertEquals(200, endpoints.handle("POST", "/graphql", login, null).status());
        assertEquals(405, endpoints.handle("GET", "/graphql/", "", null).status());
    }

    @Test
    void the_jwks_is_served() {
        SimulatorResponse response = endpoints.handle("GET", "/jwks.json", "", null);
        assertEquals(200, response.status());
        assertEquals(1, parse(response.body()).getJsonArray("keys").size());
    }

    @Test
    void faults_are_set_from_json_and_echoed() {
        JsonObject echo = control("/_control/faults",
                "{\"latencyMs\":0,\"mode\":\"HTTP_500\",\"operations\":[\"obtainKrakenToken\"]}");
        assertEquals("HTTP_500", echo.getString("mode"));
        assertEquals("obtainKrakenToken", echo.getJsonArray("operations").getString(0));
        assertEquals(500, harness.simulator.handleGraphql(
                body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("preSignedKey", METER_READINGS_KEY))), null).status());
    }

    @Test
    void a_graphql_error_fault_without_a_code_is_a_400() {
        assertEquals(400, endpoints.handle("POST", "/_control/faults", "{\"mode\":\"GRAPHQL_ERROR\"}", null).status());
    }

    @Test
    void an_unknown_fault_mode_is_a_400() {
        assertEquals(400, endpoints.handle("POST", "/_control/faults", "{\"mode\":\"EXPLODE\"}", null).status());
    }

    @Test
    void the_call_counts_are_read_as_json() {
        harness.login();
        JsonObject calls = parse(endpoints.handle("GET", "/_control/calls", "", null).body());
        assertEquals(1, calls.getInt("total"));
        assertEquals(1, calls.getInt("obtainKrakenToken.email"));
        assertEquals(0, calls.getInt("viewer"));
    }

    @Test
    void lifetimes_are_changed_in_part_and_echoed_in_full() {
        JsonObject lifetimes = control("/_control/lifetimes", "{\"accessSeconds\":30}");
        assertEquals(30, lifetimes.getInt("accessSeconds"));
        assertEquals(7 * 24 * 3600, lifetimes.getInt("refreshSeconds"));
        assertEquals(3600, lifetimes.getInt("scopedSeconds"));
    }

    @Test
    void a_test_can_mint_an_already_expired_token() {
        String token = control("/_control/tokens", "{\"kind\":\"access\",\"userId\":\"101\",\"expiresInSeconds\":-5}")
                .getString("token");
        assertEquals("KT-CT-1124", errorCode(harness.graphql(DemoQueries.VIEWER, Map.of(), token)));
    }

    @Test
    void a_test_can_mint_a_scoped_token_for_an_account() {
        String token = control("/_control/tokens", "{\"kind\":\"scoped\",\"accountNumber\":\"" + DEMO_ACCOUNT + "\"}")
                .getString("token");
        assertFalse(harness.account(DEMO_ACCOUNT, token).containsKey("errors"));
    }

    @Test
    void minting_for_an_unknown_kind_or_user_is_a_400() {
        assertEquals(400, endpoints.handle("POST", "/_control/tokens", "{\"kind\":\"root\"}", null).status());
        assertEquals(400, endpoints.handle("POST", "/_control/tokens", "{\"kind\":\"access\",\"userId\":\"9\"}", null).status());
    }

    @Test
    void reset_restores_a_fresh_simulator() {
        harness.login();
        control("/_control/faults", "{\"mode\":\"EMPTY_BODY\"}");
        control("/_control/lifetimes", "{\"accessSeconds\":1}");

        assertTrue(control("/_control/reset", "").getBoolean("reset"));

        JsonObject calls = parse(endpoints.handle("GET", "/_control/calls", "", null).body());
        assertEquals(0, calls.getInt("total"));
        assertEquals(3600, parse(endpoints.handle("GET", "/_control/lifetimes", "", null).body()).getInt("accessSeconds"));
        assertFalse(harness.login().containsKey("errors"));
    }

    @Test
    void control_calls_take_json_objects_only() {
        assertEquals(400, endpoints.handle("POST", "/_control/lifetimes", "[1]", null).status());
        assertEquals(400, endpoints.handle("POST", "/_control/lifetimes", "{\"accessSeconds\":\"soon\"}", null).status());
    }

    @Test
    void an_unknown_path_is_a_404() {
        assertEquals(404, endpoints.handle("GET", "/nothing", "", null).status());
    }

    private JsonObject control(String path, String body) {
        SimulatorResponse response = endpoints.handle("POST", path, body, null);
        assertEquals(200, response.status(), response.body());
        return parse(response.body());
    }
}
