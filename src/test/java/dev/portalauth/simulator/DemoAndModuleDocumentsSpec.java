package dev.portalauth.simulator;

import dev.portalauth.demo.DemoQueries;
import graphql.ParseAndValidate;
import graphql.parser.Parser;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The exact documents the module sends, and the demo queries, are valid for Kraken's real schema
 * and run on the simulator.
 */
class DemoAndModuleDocumentsSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @ParameterizedTest
    @ValueSource(strings = {OBTAIN_KRAKEN_TOKEN, MASQUERADE_AUTHENTICATION, DemoQueries.VIEWER, DemoQueries.ACCOUNT})
    void each_document_validates_against_the_real_kraken_schema(String document) {
        assertEquals(List.of(), ParseAndValidate.validate(RealKrakenSchema.schema(), Parser.parse(document)));
    }

    @Test
    void the_module_s_obtain_kraken_token_document_runs_on_the_simulator() {
        JsonObject response = harness.login();
        assertFalse(response.containsKey("errors"), response.toString());
        assertFalse(response.getJsonObject("data").getJsonObject("obtainKrakenToken").getString("token").isEmpty());
    }

    @Test
    void the_module_s_masquerade_document_runs_on_the_simulator() {
        JsonObject response = harness.graphql(MASQUERADE_AUTHENTICATION,
                Map.of("masqueradeToken", DEMO_MASQUERADE_TOKEN, "userId", DEMO_USER_ID), null);
        assertFalse(response.containsKey("errors"), response.toString());
        assertFalse(response.getJsonObject("data").getJsonObject("masqueradeAuthentication").getString("token").isEmpty());
    }

    @Test
    void the_viewer_demo_query_lists_the_user_s_accounts() {
        JsonObject viewer = harness.graphql(DemoQueries.VIEWER, Map.of(), harness.accessToken())
                .getJsonObject("data").getJsonObject("viewer");
        assertEquals(DEMO_USER_ID, viewer.getString("id"));
        assertEquals(DEMO_EMAIL, viewer.getString("email"));
        assertEquals(List.of(DEMO_ACCOUNT, DEMO_SECOND_ACCOUNT), viewer.getJsonArray("accounts").stream()
                .map(a -> a.asJsonObject().getString("number")).toList());
    }

    @Test
    void the_account_demo_query_reads_balance_address_and_meters() {
        JsonObject response = harness.account(DEMO_ACCOUNT, harness.accessToken());
        assertNull(response.get("errors"), response.toString());
        JsonObject account = response.getJsonObject("data").getJsonObject("account");
        assertEquals(4250, account.getInt("balance"));
        assertEquals("ACTIVE", account.getString("status"));
        JsonObject property = account.getJsonArray("properties").getJsonObject(0);
        assertEquals("1 Demo Street, London", property.getString("address"));
        assertEquals("E11ABC12345", property.getJsonArray("electricityMeterPoints").getJsonObject(0)
                .getJsonArray("meters").getJsonObject(0).getString("serialNumber"));
        assertEquals("G4K00123456", property.getJsonArray("gasMeterPoints").getJsonObject(0)
                .getJsonArray("meters").getJsonObject(0).getString("serialNumber"));
    }
}
