package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code generatePreSignedToken} (the organisation's permission; a user gets KT-CT-1128) issues a key
 * that exchanges like a fixture key; {@code invalidatePreSignedToken} (the organisation, or a token made
 * from that very key; anyone else KT-CT-1129) ends a key, which is refused afterwards.
 */
class PreSignedKeyMutationsSpec {

    static final String GENERATE = "mutation Generate($email: String!, $days: Int!, $scope: PreSignedTokenScope!)"
            + " { generatePreSignedToken(email: $email, numberOfDaysAllowed: $days, scope: $scope)"
            + " { token tokenExpiryDatetime scope } }";
    static final String INVALIDATE = "mutation Invalidate($input: InvalidatePreSignedTokenInput!)"
            + " { invalidatePreSignedToken(input: $input) { token { isValid } } }";

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void the_organisation_issues_a_key_for_the_user_s_first_account_that_opens_a_scoped_token() {
        JsonObject issued = generate(DEMO_EMAIL, 3, harness.organizationToken())
                .getJsonObject("data").getJsonObject("generatePreSignedToken");

        assertEquals("SUBMIT_CUSTOMER_FEEDBACK", issued.getString("scope"));
        assertEquals(harness.clock.instant().plus(Duration.ofDays(3)), Instant.parse(issued.getString("tokenExpiryDatetime")));
        String scoped = harness.scopedToken(issued.getString("token"));
        assertFalse(harness.account(DEMO_ACCOUNT, scoped).containsKey("errors"));
    }

    @Test
    void a_user_lacks_the_permission_and_gets_KT_CT_1128() {
        assertEquals("KT-CT-1128", errorCode(generate(DEMO_EMAIL, 3, harness.accessToken())));
    }

    @Test
    void an_unknown_email_or_less_than_a_day_is_refused_with_KT_CT_1131() {
        String organization = harness.organizationToken();
        assertEquals("KT-CT-1131", errorCode(generate("nobody@example.com", 3, organization)));
        assertEquals("KT-CT-1131", errorCode(generate(DEMO_EMAIL, 0, organization)));
    }

    @Test
    void the_organisation_ends_a_key_which_is_refused_afterwards() {
        JsonObject answer = invalidate(METER_READINGS_KEY, harness.organizationToken());

        assertFalse(answer.getJsonObject("data").getJsonObject("invalidatePreSignedToken").getJsonObject("token")
                .getBoolean("isValid"));
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY))));
    }

    @Test
    void a_visitor_ends_the_key_their_scoped_token_was_made_from() {
        String scoped = harness.scopedToken(METER_READINGS_KEY);

        assertFalse(invalidate(METER_READINGS_KEY, scoped).containsKey("errors"));
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY))));
    }

    @Test
    void a_visitor_cannot_end_another_key_nor_a_user_any_key() {
        String scoped = harness.scopedToken(METER_READINGS_KEY);

        assertEquals("KT-CT-1129", errorCode(invalidate(FEEDBACK_KEY, scoped)));
        assertEquals("KT-CT-1129", errorCode(invalidate(FEEDBACK_KEY, harness.accessToken())));
        assertFalse(harness.obtainKrakenToken(Map.of("preSignedKey", FEEDBACK_KEY)).containsKey("errors"));
    }

    @Test
    void a_reset_forgets_issued_and_ended_keys() {
        String organization = harness.organizationToken();
        String issued = generate(DEMO_EMAIL, 3, organization).getJsonObject("data")
                .getJsonObject("generatePreSignedToken").getString("token");
        invalidate(METER_READINGS_KEY, organization);

        harness.simulator.reset();

        assertFalse(harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY)).containsKey("errors"));
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("preSignedKey", issued))));
    }

    @Test
    void each_call_is_counted_under_its_field() {
        String organization = harness.organizationToken();
        generate(DEMO_EMAIL, 3, organization);
        invalidate(METER_READINGS_KEY, organization);
        invalidate(METER_READINGS_KEY, organization);

        assertEquals(1L, harness.simulator.calls().get("generatePreSignedToken"));
        assertEquals(2L, harness.simulator.calls().get("invalidatePreSignedToken"));
    }

    private JsonObject generate(String email, int days, String authorization) {
        return harness.graphql(GENERATE, Map.of("email", email, "days", days, "scope", "SUBMIT_CUSTOMER_FEEDBACK"),
                authorization);
    }

    private JsonObject invalidate(String key, String authorization) {
        return harness.graphql(INVALIDATE, Map.of("input", Map.of("token", key)), authorization);
    }
}
