package dev.portalauth.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jwt.SignedJWT;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Kraken OAuth login, the simulator as Kraken's OAuth authorisation server: an authorise page that logs a
 * fixture user in (or denies), a token endpoint that checks the client, its secret, the redirect
 * URI and the PKCE verifier, with single-use short-lived codes, refresh grants, OAuth's error
 * answers, and the call counters and faults of its GraphQL side.
 */
class OAuthAuthorizationServerSpec {

    private static final String PUBLIC_CLIENT = "demo-portal";
    private static final String CONFIDENTIAL_CLIENT = "demo-confidential-portal";
    private static final String SECRET = "demo-oauth-secret-Zq8nR2vLw5Tk";
    private static final String REDIRECT = "http://localhost:18080/api/auth/kraken-oauth/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final SimulatorHarness harness = new SimulatorHarness();
    private final SimulatorEndpoints endpoints = new SimulatorEndpoints(harness.simulator);

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> authorizeRequest(String clientId) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", clientId);
        request.put("redirect_uri", REDIRECT);
        request.put("state", "state-1");
        request.put("code_challenge", s256(VERIFIER));
        request.put("code_challenge_method", "S256");
        return request;
    }

    /** The demo user logs in on the authorise page; the code it sends the browser back with. */
    private String code(String clientId) {
        Map<String, String> submit = authorizeRequest(clientId);
        submit.put("email", SimulatorHarness.DEMO_EMAIL);
        submit.put("password", SimulatorHarness.DEMO_PASSWORD);
        submit.put("action", "login");
        SimulatorResponse back = endpoints.handle("POST", "/authorize/", null, form(submit), null);
        assertEquals(303, back.status());
        return query(back.location()).get("code");
    }

    private SimulatorResponse token(Map<String, String> form, String authorization) {
        return endpoints.handle("POST", "/token/", null, form(form), authorization);
    }

    private static Map<String, String> codeGrant(String code, String clientId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT);
        form.put("client_id", clientId);
        form.put("code_verifier", VERIFIER);
        return form;
    }

    private static Map<String, String> query(String url) {
        return OAuthServer.form(URI.create(url).getRawQuery());
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String error(SimulatorResponse response) {
        return SimulatorHarness.parse(response.body()).getString("error");
    }

    @Test
    void theAuthorisePageIsALoginFormWithADenyButtonCarryingTheRequest() {
        SimulatorResponse page = endpoints.handle("GET", "/authorize/", form(authorizeRequest(PUBLIC_CLIENT)), null, null);

        assertEquals(200, page.status());
        assertEquals("text/html", page.contentType());
        assertTrue(page.body().contains("<form method=\"post\" action=\"./\">"), page.body());
        assertTrue(page.body().contains("name=\"email\"") && page.body().contains("name=\"password\""));
        assertTrue(page.body().contains("value=\"deny\">Deny</button>"));
        assertTrue(page.body().contains("name=\"state\" value=\"state-1\""));
    }

    @Test
    void anUnknownClientOrRedirectUriGetsAPageNeverARedirect() {
        Map<String, String> unknownClient = authorizeRequest("nobody");
        Map<String, String> elsewhere = authorizeRequest(PUBLIC_CLIENT);
        elsewhere.put("redirect_uri", "https://evil.example/api/auth/kraken-oauth/callback");
        Map<String, String> otherPath = authorizeRequest(PUBLIC_CLIENT);
        otherPath.put("redirect_uri", "http://localhost:18080/steal");

        for (Map<String, String> request : new Map[] {unknownClient, elsewhere, otherPath}) {
            SimulatorResponse page = endpoints.handle("GET", "/authorize/", form(request), null, null);
            assertEquals(400, page.status());
            assertNull(page.location());
        }
    }

    @Test
    void pkceIsRequiredOfEveryClient() {
        Map<String, String> plain = authorizeRequest(PUBLIC_CLIENT);
        plain.put("code_challenge_method", "plain");

        SimulatorResponse back = endpoints.handle("GET", "/authorize/", form(plain), null, null);

        assertEquals(303, back.status());
        assertEquals("invalid_request", query(back.location()).get("error"));
        assertEquals("state-1", query(back.location()).get("state"));
    }

    @Test
    void denyingSendsTheBrowserBackWithAccessDenied() {
        Map<String, String> submit = authorizeRequest(PUBLIC_CLIENT);
        submit.put("action", "deny");

        SimulatorResponse back = endpoints.handle("POST", "/authorize/", null, form(submit), null);

        assertTrue(back.location().startsWith(REDIRECT + "?error=access_denied&state=state-1"), back.location());
    }

    @Test
    void aWrongPasswordStaysOnThePageWithoutACode() {
        Map<String, String> submit = authorizeRequest(PUBLIC_CLIENT);
        submit.put("email", SimulatorHarness.DEMO_EMAIL);
        submit.put("password", "wrong");
        submit.put("action", "login");

        SimulatorResponse page = endpoints.handle("POST", "/authorize/", null, form(submit), null);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("role=\"alert\""));
    }

    @Test
    void theCodeAndItsVerifierGetAKrakenAccessTokenAndARefreshToken() throws Exception {
        SimulatorResponse answer = token(codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT), null);

        assertEquals(200, answer.status(), answer.body());
        JsonObject tokens = SimulatorHarness.parse(answer.body());
        SignedJWT access = SignedJWT.parse(tokens.getString("access_token"));
        assertEquals("kraken|account-user:" + SimulatorHarness.DEMO_USER_ID, access.getJWTClaimsSet().getSubject());
        assertEquals("EMAIL-AND-PASSWORD", access.getJWTClaimsSet().getStringClaim("gty"));
        assertTrue(tokens.getString("refresh_token").length() > 20);
        assertEquals(7 * 86400, tokens.getInt("refresh_token_expires_in"));
    }

    @Test
    void aCodeIsUsedOnce() {
        String code = code(PUBLIC_CLIENT);
        assertEquals(200, token(codeGrant(code, PUBLIC_CLIENT), null).status());

        SimulatorResponse again = token(codeGrant(code, PUBLIC_CLIENT), null);

        assertEquals(400, again.status());
        assertEquals("invalid_grant", error(again));
    }

    @Test
    void aCodeLivesAMinute() {
        String code = code(PUBLIC_CLIENT);
        harness.clock.advance(Duration.ofSeconds(61));

        assertEquals("invalid_grant", error(token(codeGrant(code, PUBLIC_CLIENT), null)));
    }

    @Test
    void aWrongVerifierOrRedirectUriIsAnInvalidGrantAndBurnsTheCode() {
        Map<String, String> wrongVerifier = codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT);
        wrongVerifier.put("code_verifier", "x".repeat(43));
        Map<String, String> wrongRedirect = codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT);
        wrongRedirect.put("redirect_uri", "http://localhost:9/api/auth/kraken-oauth/callback");

        assertEquals("invalid_grant", error(token(wrongVerifier, null)));
        assertEquals("invalid_grant", error(token(wrongRedirect, null)));
        wrongVerifier.put("code_verifier", VERIFIER);
        assertEquals("invalid_grant", error(token(wrongVerifier, null)), "the code was used by the failed attempt");
    }

    @Test
    void aConfidentialClientMustAuthenticateWithItsSecret() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CONFIDENTIAL_CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        String wrong = "Basic " + Base64.getEncoder().encodeToString(
                (CONFIDENTIAL_CLIENT + ":nope").getBytes(StandardCharsets.UTF_8));

        SimulatorResponse withoutSecret = token(codeGrant(code(CONFIDENTIAL_CLIENT), CONFIDENTIAL_CLIENT), null);
        SimulatorResponse wrongSecret = token(codeGrant(code(CONFIDENTIAL_CLIENT), CONFIDENTIAL_CLIENT), wrong);
        SimulatorResponse withSecret = token(codeGrant(code(CONFIDENTIAL_CLIENT), CONFIDENTIAL_CLIENT), basic);

        assertEquals(401, withoutSecret.status());
        assertEquals("invalid_client", error(withoutSecret));
        assertEquals(401, wrongSecret.status());
        assertEquals(200, withSecret.status(), withSecret.body());
    }

    @Test
    void aRefreshGrantGivesANewAccessTokenForTheSameRefreshToken() throws Exception {
        String refresh = SimulatorHarness.parse(token(codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT), null).body())
                .getString("refresh_token");

        SimulatorResponse answer = token(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", PUBLIC_CLIENT), null);

        assertEquals(200, answer.status(), answer.body());
        JsonObject tokens = SimulatorHarness.parse(answer.body());
        assertEquals("REFRESH-TOKEN",
                SignedJWT.parse(tokens.getString("access_token")).getJWTClaimsSet().getStringClaim("gty"));
        assertEquals(refresh, tokens.getString("refresh_token"));
    }

    @Test
    void aRefreshTokenFromTheGraphqlSideIsNoRefreshTokenHere() {
        String graphqlRefresh = harness.login().getJsonObject("data").getJsonObject("obtainKrakenToken")
                .getString("refreshToken");

        assertEquals("invalid_grant", error(token(Map.of("grant_type", "refresh_token", "refresh_token",
                graphqlRefresh, "client_id", PUBLIC_CLIENT), null)));
    }

    @Test
    void tokenCallsAreCountedAndTakeTheGraphqlSidesFaults() {
        harness.simulator.fault(new FaultPlan(0, FaultMode.HTTP_500, null, Set.of("oauthToken.authorization_code")));
        SimulatorResponse down = token(codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT), null);
        harness.simulator.fault(new FaultPlan(0, FaultMode.GRAPHQL_ERROR, "invalid_grant", Set.of("oauthToken")));
        SimulatorResponse refused = token(codeGrant(code(PUBLIC_CLIENT), PUBLIC_CLIENT), null);

        assertEquals(500, down.status());
        assertEquals("invalid_grant", error(refused));
        Map<String, Long> calls = harness.simulator.calls();
        assertEquals(2L, calls.get("oauthToken"));
        assertEquals(2L, calls.get("oauthToken.authorization_code"));
        assertEquals(0L, calls.get("oauthToken.refresh_token"));
        assertFalse(calls.get("total") < 2);
    }
}
