package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obtainKrakenToken} takes exactly one kind of credential; anything else is refused with KT-CT-1139. */
class ObtainKrakenTokenTakesOneCredentialSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void no_credential_is_refused() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of())));
    }

    @Test
    void two_kinds_of_credential_are_refused() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(
                Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD, "preSignedKey", METER_READINGS_KEY))));
    }

    @Test
    void an_email_without_a_password_is_refused() {
        assertEquals("KT-CT-1139", errorCode(harness.obtainKrakenToken(Map.of("email", DEMO_EMAIL))));
    }

    @Test
    void api_keys_are_refused_as_unsupported_by_the_simulator() {
        JsonObject response = harness.obtainKrakenToken(Map.of("APIKey", "sk_live_anything"));
        assertEquals("KT-CT-1139", errorCode(response));
        assertTrue(response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("errorDescription").contains("not supported by the Kraken simulator"));
    }
}
