package dev.portalauth.simulator;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code obtainKrakenToken(input: {organizationSecretKey})}: the fixture organisation's key gives an
 * organisation token ({@code gty} ORGANIZATION-SECRET-KEY, no user, no refresh token) that reads the
 * public catalogue and nothing of an account, as Kraken refuses it (KT-CT-1111); another key is
 * refused with KT-CT-1139.
 */
class OrganizationTokensSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void the_organisation_s_key_gives_an_organisation_token_for_an_hour_without_a_refresh_token() throws Exception {
        JsonObject answer = harness.obtainKrakenToken(Map.of("organizationSecretKey", ORGANIZATION_KEY))
                .getJsonObject("data").getJsonObject("obtainKrakenToken");

        JsonObject payload = answer.getJsonObject("payload");
        assertEquals("ORGANIZATION-SECRET-KEY", payload.getString("gty"));
        assertEquals("kraken|organization:ORG-1", payload.getString("sub"));
        assertEquals(harness.clock.instant().plus(Duration.ofHours(1)).getEpochSecond(),
                payload.getJsonNumber("exp").longValue());
        assertTrue(answer.isNull("refreshToken"));
        assertEquals("ORGANIZATION-SECRET-KEY", SignedJWT.parse(answer.getString("token")).getJWTClaimsSet()
                .getStringClaim("gty"));
    }

    @Test
    void another_key_is_refused_with_KT_CT_1139() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(
                Map.of("organizationSecretKey", ORGANIZATION_KEY + "x"))));
    }

    @Test
    void each_exchange_is_counted_under_its_credential_kind() {
        harness.organizationToken();
        harness.organizationToken();
        assertEquals(2L, harness.simulator.calls().get("obtainKrakenToken.organizationSecretKey"));
    }

    @Test
    void an_organisation_token_reads_the_energy_products() {
        JsonObject response = products(harness.organizationToken());
        assertFalse(response.containsKey("errors"), response.toString());
        assertEquals(4, response.getJsonObject("data").getJsonObject("energyProducts").getInt("totalCount"));
    }

    @Test
    void the_energy_products_need_a_token() {
        assertEquals("KT-CT-1111", errorCode(products(null)));
    }

    @Test
    void an_organisation_token_has_no_viewer() {
        JsonObject response = harness.graphql(dev.portalauth.demo.DemoQueries.VIEWER, Map.of(),
                harness.organizationToken());
        assertEquals("KT-CT-1111", errorCode(response));
        assertTrue(response.getJsonObject("data").isNull("viewer"));
    }

    @Test
    void an_organisation_token_reads_no_account() {
        String token = harness.organizationToken();
        for (String account : new String[] {DEMO_ACCOUNT, DEMO_SECOND_ACCOUNT, OTHER_USERS_ACCOUNT}) {
            JsonObject response = harness.account(account, token);
            assertEquals("KT-CT-1111", errorCode(response), account);
            assertTrue(response.getJsonObject("data").isNull("account"), account);
        }
    }

    @Test
    void an_organisation_token_expires_after_its_lifetime_which_the_control_api_sets() {
        SimulatorEndpoints control = new SimulatorEndpoints(harness.simulator);
        assertEquals(200, control.handle("POST", "/_control/lifetimes", "{\"organizationSeconds\":30}", null).status());
        String token = harness.organizationToken();
        harness.clock.advance(Duration.ofSeconds(29));
        assertFalse(products(token).containsKey("errors"));

        harness.clock.advance(Duration.ofSeconds(1));
        assertEquals("KT-CT-1124", errorCode(products(token)));
    }

    private JsonObject products(String authorization) {
        return harness.graphql(dev.portalauth.demo.DemoQueries.ENERGY_PRODUCTS, Map.of("postcode", "SW1A 1AA"),
                authorization);
    }
}
