package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code invalidateRefreshToken} (the organisation's permission; a user gets KT-CT-1130) ends one
 * refresh token; {@code forceReauthentication} (any user, as themselves) ends every token and refresh
 * token that user was issued before the call.
 */
class SessionEndingsSpec {

    static final String INVALIDATE_REFRESH_TOKEN = "mutation InvalidateRefreshToken($input: InvalidateRefreshTokenInput!)"
            + " { invalidateRefreshToken(input: $input) { token { isValid } } }";
    static final String FORCE_REAUTHENTICATION = "mutation ForceReauthentication($input: ForceReauthenticationInput!)"
            + " { forceReauthentication(input: $input) { tokensInvalidated effectiveAt } }";

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void the_organisation_ends_a_refresh_token_which_is_refused_afterwards() {
        String refreshToken = refreshTokenOfALogin();

        JsonObject answer = invalidate(refreshToken, harness.organizationToken());

        assertFalse(answer.getJsonObject("data").getJsonObject("invalidateRefreshToken").getJsonObject("token")
                .getBoolean("isValid"));
        assertEquals("KT-CT-1135", errorCode(refresh(refreshToken)));
    }

    @Test
    void a_user_lacks_the_permission_and_gets_KT_CT_1130_and_the_refresh_token_stays_valid() {
        JsonObject login = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");

        assertEquals("KT-CT-1130", errorCode(invalidate(login.getString("refreshToken"), login.getString("token"))));
        assertFalse(refresh(login.getString("refreshToken")).containsKey("errors"));
    }

    @Test
    void without_a_token_the_call_is_unauthorised_with_KT_CT_1111() {
        assertEquals("KT-CT-1111", errorCode(invalidate(refreshTokenOfALogin(), null)));
    }

    @Test
    void forcing_reauthentication_ends_the_user_s_earlier_tokens_and_refresh_tokens() {
        JsonObject first = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");
        JsonObject second = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");
        harness.clock.advance(Duration.ofSeconds(5));

        JsonObject answer = harness.graphql(FORCE_REAUTHENTICATION,
                Map.of("input", Map.of("includeThirdParties", false)), second.getString("token"));

        assertTrue(answer.getJsonObject("data").getJsonObject("forceReauthentication").getBoolean("tokensInvalidated"));
        assertEquals("KT-CT-1135", errorCode(refresh(first.getString("refreshToken"))));
        assertEquals("KT-CT-1135", errorCode(refresh(second.getString("refreshToken"))));
        assertEquals("KT-CT-1143", errorCode(harness.account(DEMO_ACCOUNT, first.getString("token"))));
    }

    @Test
    void a_login_after_forcing_reauthentication_works() {
        String token = harness.accessToken();
        harness.graphql(FORCE_REAUTHENTICATION, Map.of("input", Map.of("includeThirdParties", false)), token);
        harness.clock.advance(Duration.ofSeconds(1));

        JsonObject login = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");

        assertFalse(harness.account(DEMO_ACCOUNT, login.getString("token")).containsKey("errors"));
        assertFalse(refresh(login.getString("refreshToken")).containsKey("errors"));
    }

    @Test
    void a_scoped_token_cannot_force_the_holder_s_reauthentication() {
        assertEquals("KT-CT-1111", errorCode(harness.graphql(FORCE_REAUTHENTICATION,
                Map.of("input", Map.of("includeThirdParties", false)), harness.scopedToken(METER_READINGS_KEY))));
    }

    @Test
    void each_call_is_counted_under_its_field_and_a_fault_can_target_it() {
        String organization = harness.organizationToken();
        harness.simulator.fault(new FaultPlan(0, FaultMode.GRAPHQL_ERROR, "KT-CT-1199", java.util.Set.of("invalidateRefreshToken")));

        assertEquals("KT-CT-1199", errorCode(invalidate(refreshTokenOfALogin(), organization)));
        assertEquals(1L, harness.simulator.calls().get("invalidateRefreshToken"));
        assertEquals(0L, harness.simulator.calls().get("forceReauthentication"));
    }

    private String refreshTokenOfALogin() {
        return harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken").getString("refreshToken");
    }

    private JsonObject invalidate(String refreshToken, String authorization) {
        return harness.graphql(INVALIDATE_REFRESH_TOKEN, Map.of("input", Map.of("refreshToken", refreshToken)),
                authorization);
    }

    private JsonObject refresh(String refreshToken) {
        return harness.obtainKrakenToken(Map.of("refreshToken", refreshToken));
    }
}
