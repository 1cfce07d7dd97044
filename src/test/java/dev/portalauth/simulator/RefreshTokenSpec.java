package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code obtainKrakenToken(input: {refreshToken})}: a new user token; the refresh token is not rotated. */
class RefreshTokenSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void a_refresh_token_gives_a_new_token_for_the_same_user_and_keeps_its_own_expiry() {
        JsonObject login = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken");
        long loggedInAt = login.getJsonObject("payload").getJsonNumber("iat").longValue();
        harness.clock.advance(Duration.ofMinutes(90));

        JsonObject refreshed = refresh(login.getString("refreshToken")).getJsonObject("data").getJsonObject("obtainKrakenToken");

        JsonObject payload = refreshed.getJsonObject("payload");
        assertEquals("REFRESH-TOKEN", payload.getString("gty"));
        assertEquals("kraken|account-user:" + DEMO_USER_ID, payload.getString("sub"));
        assertEquals(harness.clock.instant().getEpochSecond(), payload.getJsonNumber("iat").longValue());
        assertEquals(loggedInAt, payload.getJsonNumber("origIat").longValue());
        assertEquals(login.getString("refreshToken"), refreshed.getString("refreshToken"));
        assertEquals(login.getInt("refreshExpiresIn"), refreshed.getInt("refreshExpiresIn"));
    }

    @Test
    void a_refresh_token_may_be_used_again_and_again_until_it_expires() {
        String refreshToken = refreshTokenOfALogin();
        refresh(refreshToken);
        assertFalse(refresh(refreshToken).containsKey("errors"));
    }

    @Test
    void an_expired_refresh_token_is_refused_with_KT_CT_1134() {
        String refreshToken = refreshTokenOfALogin();
        harness.clock.advance(Duration.ofDays(7));
        assertEquals("KT-CT-1134", errorCode(refresh(refreshToken)));
    }

    @Test
    void an_unknown_refresh_token_is_refused_with_KT_CT_1135() {
        assertEquals("KT-CT-1135", errorCode(refresh("not-a-refresh-token")));
    }

    @Test
    void a_reset_forgets_every_refresh_token() {
        String refreshToken = refreshTokenOfALogin();
        harness.simulator.reset();
        assertEquals("KT-CT-1135", errorCode(refresh(refreshToken)));
    }

    private String refreshTokenOfALogin() {
        return harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken").getString("refreshToken");
    }

    private JsonObject refresh(String refreshToken) {
        return harness.obtainKrakenToken(Map.of("refreshToken", refreshToken));
    }
}
