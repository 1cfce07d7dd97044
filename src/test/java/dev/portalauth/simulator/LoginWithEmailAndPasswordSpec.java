package dev.portalauth.simulator;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obtainKrakenToken(input: {email, password})}. */
class LoginWithEmailAndPasswordSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void correct_credentials_give_a_user_token_and_a_refresh_token_expiring_in_seven_days() throws Exception {
        JsonObject result = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");

        JsonObject payload = result.getJsonObject("payload");
        assertEquals("kraken|account-user:" + DEMO_USER_ID, payload.getString("sub"));
        assertEquals("EMAIL-AND-PASSWORD", payload.getString("gty"));
        assertEquals(DEMO_EMAIL, payload.getString("email"));
        assertEquals(SignedJWT.parse(result.getString("token")).getJWTClaimsSet().getSubject(), payload.getString("sub"));
        assertTrue(result.getString("refreshToken").length() >= 40);
        assertEquals(harness.clock.instant().plus(Duration.ofDays(7)).getEpochSecond(), result.getInt("refreshExpiresIn"),
                "refreshExpiresIn is an absolute Unix time, as Kraken's");
    }

    @Test
    void the_email_is_matched_whatever_its_case() {
        JsonObject response = harness.obtainKrakenToken(Map.of("email", "Demo@Example.COM", "password", DEMO_PASSWORD));
        assertFalse(response.containsKey("errors"), response.toString());
    }

    @Test
    void a_wrong_password_is_refused_with_KT_CT_1138_in_kraken_s_error_envelope() {
        JsonObject response = harness.obtainKrakenToken(Map.of("email", DEMO_EMAIL, "password", "wrong"));

        assertTrue(response.getJsonObject("data").isNull("obtainKrakenToken"));
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertEquals("Invalid data.", error.getString("message"));
        assertEquals(List.of("obtainKrakenToken"), error.getJsonArray("path").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(error.getJsonArray("locations").isEmpty());
        JsonObject extensions = error.getJsonObject("extensions");
        assertEquals("KT-CT-1138", extensions.getString("errorCode"));
        assertEquals("VALIDATION", extensions.getString("errorType"));
        assertEquals("VALIDATION", extensions.getString("errorClass"));
        assertFalse(extensions.getString("errorDescription").isEmpty());
    }

    @Test
    void an_unknown_email_is_refused_with_KT_CT_1138() {
        assertEquals("KT-CT-1138", errorCode(harness.obtainKrakenToken(
                Map.of("email", "nobody@example.com", "password", DEMO_PASSWORD))));
    }

    @Test
    void the_refusal_never_echoes_the_password() {
        String body = harness.simulator.handleGraphql(
                body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("email", DEMO_EMAIL, "password", "s3cret-guess"))),
                null).body();
        assertFalse(body.contains("s3cret-guess"));
    }
}
