package dev.portalauth.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portalauth.demo.DemoQueries;
import dev.portalauth.internal.support.MutableClock;

/** A simulator on a clock the test moves, with the fixture values and the module's documents. */
final class SimulatorHarness {

    static final String DEMO_EMAIL = "demo@example.com";
    static final String DEMO_PASSWORD = "demo-password";
    static final String DEMO_USER_ID = "101";
    static final String DEMO_MASQUERADE_TOKEN = "masq-0XH7moc_5eBQT7LS6h7HYgx6UGJoaT9oHHoIhMUQTHP1BcbTqIgb8aXutegT5RXB";
    static final String DEMO_ACCOUNT = "A-1234ABCD";
    static final String DEMO_SECOND_ACCOUNT = "A-5678EFGH";
    static final String OTHER_USERS_ACCOUNT = "A-9012IJKL";
    static final String METER_READINGS_KEY = "Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl-1pU-SUGFp3EQNwwndHZAGjOaM_uBKbZ";
    static final String FEEDBACK_KEY = "PPlJHOc6h8Xl3Y1KIcEp0S6vYE7tvkBbgh-oa7izLpdFv4OjdizAZKuyVlqYhe46";
    static final String EXPIRED_KEY = "vnuWM3Douch3yEa75d3jOo672PBnxg0g6I_8Fhic9ynkNg9tG5j3l1tQ2Bjc31L1";
    static final String ORGANIZATION_KEY = "sk_org_VGJ7M7AUnRdK_ZHoCZ5PdYQeOzcnPAf1-q871K4ESpUlRStu";

    static final String OBTAIN_KRAKEN_TOKEN = "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) "
            + "{ obtainKrakenToken(input: $input) { token payload refreshToken refreshExpiresIn } }";
    static final String MASQUERADE_AUTHENTICATION = "mutation MasqueradeAuthentication($masqueradeToken: String!, "
            + "$userId: String!) { masqueradeAuthentication(masqueradeToken: $masqueradeToken, userId: $userId) "
            + "{ token errors { field messages } } }";

    final MutableClock clock = MutableClock.atSystemTime();
    final KrakenSimulator simulator = KrakenSimulator.create(SimulatorSettings.DEFAULTS, clock);

    /** A GraphQL call that must answer HTTP 200 with a JSON object. */
    JsonObject graphql(String query, Map<String, ?> variables, String authorization) {
        SimulatorResponse response = simulator.handleGraphql(body(query, variables), authorization);
        assertEquals(200, response.status(), response.body());
        return parse(response.body());
    }

    JsonObject obtainKrakenToken(Map<String, ?> input) {
        return graphql(OBTAIN_KRAKEN_TOKEN, Map.of("input", input), null);
    }

    JsonObject login() {
        return obtainKrakenToken(Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
    }

    String accessToken() {
        return login().getJsonObject("data").getJsonObject("obtainKrakenToken").getString("token");
    }

    String scopedToken(String preSignedKey) {
        return obtainKrakenToken(Map.of("preSignedKey", preSignedKey))
                .getJsonObject("data").getJsonObject("obtainKrakenToken").getString("token");
    }

    String organizationToken() {
        return obtainKrakenToken(Map.of("organizationSecretKey", ORGANIZATION_KEY))
                .getJsonObject("data").getJsonObject("obtainKrakenToken").getString("token");
    }

    JsonObject account(String accountNumber, String authorization) {
        return graphql(DemoQueries.ACCOUNT, Map.of("accountNumber", accountNumber), authorization);
    }

    static String body(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return Json.createObjectBuilder(body).build().toString();
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** The one entry of {@code errors[]}'s error code. */
    static String errorCode(JsonObject response) {
        assertEquals(1, response.getJsonArray("errors").size(), response.toString());
        return response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("errorCode");
    }
}
