package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obtainKrakenToken(input: {preSignedKey})}: a short-lived token scoped to one account. */
class PreSignedKeyExchangeSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void a_valid_key_gives_a_scoped_token_for_its_account_and_scope_without_a_refresh_token() {
        JsonObject result = harness.obtainKrakenToken(Map.of("preSignedKey", FEEDBACK_KEY))
                .getJsonObject("data").getJsonObject("obtainKrakenToken");

        JsonObject payload = result.getJsonObject("payload");
        assertEquals("PRE-SIGNED-KEY", payload.getString("gty"));
        assertEquals(DEMO_ACCOUNT, payload.getString("accountNumber"));
        assertEquals("SUBMIT_CUSTOMER_FEEDBACK", payload.getString("scope"));
        assertEquals(harness.clock.instant().plus(Duration.ofHours(1)).getEpochSecond(), payload.getJsonNumber("exp").longValue());
        assertTrue(result.isNull("refreshToken"));
        assertTrue(result.isNull("refreshExpiresIn"));
    }

    @Test
    void a_key_may_be_used_many_times() {
        harness.scopedToken(METER_READINGS_KEY);
        assertFalse(harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY)).containsKey("errors"));
    }

    @Test
    void a_scoped_token_never_outlives_its_key() {
        harness.simulator.lifetimes(new Lifetimes(Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(365 * 200)));
        JsonObject payload = harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY))
                .getJsonObject("data").getJsonObject("obtainKrakenToken").getJsonObject("payload");
        assertEquals(Instant.parse("2099-12-31T23:59:59Z").getEpochSecond(), payload.getJsonNumber("exp").longValue());
    }

    @Test
    void an_expired_key_is_refused_with_KT_CT_1139() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("preSignedKey", EXPIRED_KEY))));
    }

    @Test
    void an_unknown_key_is_refused_with_KT_CT_1139() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("preSignedKey", "no-such-key"))));
    }

    @Test
    void the_account_number_claim_is_named_as_configured() {
        SimulatorSettings d = SimulatorSettings.DEFAULTS;
        KrakenSimulator simulator = KrakenSimulator.create(
                new SimulatorSettings(d.issuer(), "acct", d.fixturesLocation(), d.signingKeyLocation()), Clock.systemUTC());
        JsonObject payload = parse(simulator.handleGraphql(
                body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("preSignedKey", METER_READINGS_KEY))), null).body())
                .getJsonObject("data").getJsonObject("obtainKrakenToken").getJsonObject("payload");
        assertEquals(DEMO_ACCOUNT, payload.getString("acct"));
        assertFalse(payload.containsKey("accountNumber"));
    }
}
