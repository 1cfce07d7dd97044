package dev.portalauth.simulator;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DashboardResource;
import dev.portalauth.demo.DemoQueries;
import dev.portalauth.internal.graphql.AllowedDocuments;
import dev.portalauth.internal.kraken.KrakenDocuments;

/**
 * The exact documents the module sends, and the demo queries, are valid for Kraken's real schema
 * and run on the simulator.
 */
class DemoAndModuleDocumentsSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @ParameterizedTest
    @ValueSource(strings = {KrakenDocuments.OBTAIN_KRAKEN_TOKEN, KrakenDocuments.MASQUERADE_AUTHENTICATION,
        KrakenDocuments.VIEWER, KrakenDocuments.INVALIDATE_REFRESH_TOKEN, KrakenDocuments.FORCE_REAUTHENTICATION,
        KrakenDocuments.GENERATE_PRE_SIGNED_TOKEN, KrakenDocuments.INVALIDATE_PRE_SIGNED_TOKEN,
        OBTAIN_KRAKEN_TOKEN, MASQUERADE_AUTHENTICATION, DemoQueries.VIEWER,
        DemoQueries.ACCOUNT, DemoQueries.ENERGY_PRODUCTS})
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

    @Test
    void the_module_s_obtain_kraken_token_document_gives_an_organisation_token_for_the_organisation_s_key() {
        JsonObject response = harness.graphql(KrakenDocuments.OBTAIN_KRAKEN_TOKEN,
                Map.of("input", Map.of("organizationSecretKey", ORGANIZATION_KEY)), null);
        assertFalse(response.containsKey("errors"), response.toString());
        assertEquals("ORGANIZATION-SECRET-KEY", response.getJsonObject("data").getJsonObject("obtainKrakenToken")
                .getJsonObject("payload").getString("gty"));
    }

    @Test
    void the_energy_products_demo_query_lists_the_catalogue_read_as_the_organisation() {
        JsonObject response = harness.graphql(DemoQueries.ENERGY_PRODUCTS, Map.of("postcode", "SW1A 1AA"),
                harness.organizationToken());
        assertNull(response.get("errors"), response.toString());
        JsonObject products = response.getJsonObject("data").getJsonObject("energyProducts");
        assertEquals(4, products.getInt("totalCount"));
        JsonObject agile = products.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        assertEquals("AGILE-24-10-01", agile.getString("code"));
        assertEquals("Agile", agile.getString("displayName"));
        assertTrue(agile.getBoolean("isVariable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer-accounts.graphql", "scoped-account.graphql"})
    void each_document_the_demo_allows_through_the_graphql_route_validates_against_the_real_kraken_schema(String file)
            throws java.io.IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("graphql/" + file)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(List.of(), ParseAndValidate.validate(RealKrakenSchema.schema(), Parser.parse(text)));
            assertTrue(demoAllowList().byQuery(text).isPresent(), file + " is listed in graphql/allowed.txt");
        }
    }

    @Test
    void the_dashboard_s_live_balances_use_the_id_of_an_allowed_document() {
        assertTrue(demoAllowList().byId(DashboardResource.VIEWER_ACCOUNTS_ID).isPresent());
    }

    private static AllowedDocuments demoAllowList() {
        return AllowedDocuments.load("classpath:graphql/allowed.txt", DemoAndModuleDocumentsSpec.class.getClassLoader());
    }
}
