package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DemoQueries;

/** Switchable faults, on every GraphQL call or only on the operations named. */
class FaultsSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void a_graphql_error_fault_answers_200_with_the_field_null_and_the_given_code() {
        fault(FaultMode.GRAPHQL_ERROR, "KT-CT-1199");
        JsonObject response = harness.login();
        assertTrue(response.getJsonObject("data").isNull("obtainKrakenToken"));
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertEquals("KT-CT-1199", error.getJsonObject("extensions").getString("errorCode"));
        assertEquals("Too many requests.", error.getString("message"), "a known code keeps Kraken's wording");
    }

    @Test
    void a_graphql_error_fault_accepts_any_code() {
        fault(FaultMode.GRAPHQL_ERROR, "KT-CT-9999");
        assertEquals("KT-CT-9999", errorCode(harness.login()));
    }

    @Test
    void a_graphql_error_fault_needs_a_code() {
        assertThrows(IllegalArgumentException.class, () -> new FaultPlan(0, FaultMode.GRAPHQL_ERROR, null, Set.of()));
    }

    @Test
    void a_malformed_body_fault_answers_200_with_a_body_that_is_not_json() {
        fault(FaultMode.MALFORMED_BODY, null);
        SimulatorResponse response = loginResponse();
        assertEquals(200, response.status());
        assertEquals("{not json", response.body());
    }

    @Test
    void an_empty_body_fault_answers_200_with_nothing() {
        fault(FaultMode.EMPTY_BODY, null);
        SimulatorResponse response = loginResponse();
        assertEquals(200, response.status());
        assertEquals("", response.body());
    }

    @Test
    void an_http_429_fault_answers_429() {
        fault(FaultMode.HTTP_429, null);
        assertEquals(429, loginResponse().status());
    }

    @Test
    void an_http_500_fault_answers_500() {
        fault(FaultMode.HTTP_500, null);
        assertEquals(500, loginResponse().status());
    }

    @ParameterizedTest
    @EnumSource(value = FaultMode.class, names = {"CLOSE_CONNECTION", "HEADERS_ONLY", "CLOSE_AFTER_REQUEST", "RESET_AFTER_REQUEST"})
    void a_connection_fault_asks_to_break_the_connection_its_way_after_counting_the_call(FaultMode mode) {
        fault(mode, null);
        SimulatorResponse response = loginResponse();
        assertTrue(response.closeConnection());
        assertEquals(mode, response.drop());
        assertEquals(1L, harness.simulator.calls().get("obtainKrakenToken.email"));
    }

    @Test
    void latency_alone_delays_but_does_not_change_the_answer() {
        harness.simulator.fault(new FaultPlan(1, FaultMode.NONE, null, Set.of()));
        assertFalse(harness.login().containsKey("errors"));
    }

    @Test
    void a_fault_on_named_operations_leaves_other_operations_alone() {
        harness.simulator.fault(new FaultPlan(0, FaultMode.HTTP_500, null, Set.of("account")));
        assertEquals(200, loginResponse().status());
        String token = harness.accessToken();
        assertEquals(500, harness.simulator.handleGraphql(
                body(DemoQueries.ACCOUNT, Map.of("accountNumber", DEMO_ACCOUNT)), token).status());
    }

    @Test
    void a_fault_can_target_one_kind_of_credential() {
        String refreshToken = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken").getString("refreshToken");
        harness.simulator.fault(new FaultPlan(0, FaultMode.GRAPHQL_ERROR, "KT-CT-1135", Set.of("obtainKrakenToken.refreshToken")));

        assertFalse(harness.login().containsKey("errors"));
        assertEquals("KT-CT-1135", errorCode(harness.obtainKrakenToken(Map.of("refreshToken", refreshToken))));
    }

    @Test
    void a_reset_switches_the_fault_off() {
        fault(FaultMode.HTTP_500, null);
        harness.simulator.reset();
        assertEquals(200, loginResponse().status());
    }

    private void fault(FaultMode mode, String errorCode) {
        harness.simulator.fault(new FaultPlan(0, mode, errorCode, Set.of()));
    }

    private SimulatorResponse loginResponse() {
        return harness.simulator.handleGraphql(
                body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD))), null);
    }
}
