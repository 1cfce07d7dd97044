package dev.portalauth.simulator;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DemoQueries;

/** {@code masqueradeAuthentication}: refusals come inside the payload, as Kraken sends them. */
class MasqueradeSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void the_user_s_masquerade_token_gives_a_masquerade_token_that_reads_the_viewer() throws Exception {
        JsonObject result = masquerade(DEMO_MASQUERADE_TOKEN, DEMO_USER_ID)
                .getJsonObject("data").getJsonObject("masqueradeAuthentication");

        String token = result.getString("token");
        assertTrue(result.isNull("errors"));
        assertEquals("MASQUERADE", SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("gty"));
        assertEquals(DEMO_USER_ID, harness.graphql(DemoQueries.VIEWER, Map.of(), token)
                .getJsonObject("data").getJsonObject("viewer").getString("id"));
    }

    @Test
    void a_wrong_masquerade_token_is_refused_in_the_payload_not_in_errors() {
        assertRefusedInThePayload(masquerade("wrong-token", DEMO_USER_ID));
    }

    @Test
    void another_user_s_masquerade_token_is_refused_in_the_payload() {
        assertRefusedInThePayload(masquerade(DEMO_MASQUERADE_TOKEN, "102"));
    }

    @Test
    void an_unknown_user_is_refused_in_the_payload() {
        assertRefusedInThePayload(masquerade(DEMO_MASQUERADE_TOKEN, "999"));
    }

    @Test
    void a_graphql_error_fault_moves_the_refusal_to_errors() {
        harness.simulator.fault(new FaultPlan(0, FaultMode.GRAPHQL_ERROR, "KT-CT-1111", Set.of("masqueradeAuthentication")));
        JsonObject response = masquerade(DEMO_MASQUERADE_TOKEN, DEMO_USER_ID);
        assertEquals("KT-CT-1111", errorCode(response));
        assertTrue(response.getJsonObject("data").isNull("masqueradeAuthentication"));
    }

    private static void assertRefusedInThePayload(JsonObject response) {
        assertFalse(response.containsKey("errors"), response.toString());
        JsonObject result = response.getJsonObject("data").getJsonObject("masqueradeAuthentication");
        assertTrue(result.isNull("token"));
        JsonObject error = result.getJsonArray("errors").getJsonObject(0);
        assertEquals("masqueradeToken", error.getString("field"));
        assertFalse(error.getJsonArray("messages").isEmpty());
    }

    private JsonObject masquerade(String masqueradeToken, String userId) {
        return harness.graphql(MASQUERADE_AUTHENTICATION, Map.of("masqueradeToken", masqueradeToken, "userId", userId), null);
    }
}
