package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.ownlogin.OwnLoginPages;
import dev.portalauth.it.ownlogin.OwnLogoutServlet;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/**
 * Adoption, end to end: a portal's own login page logs in through Jakarta Security
 * ({@code SecurityContext.authenticate} with a {@code UsernamePasswordCredential}) exactly as the
 * built-in login does — the same cookies, the guest's claims merged, cross-site refusal, the login
 * rate limit — and on failure the reason is in {@code Session.loginFailure()} while the answer is
 * the application's own. {@code HttpServletRequest.logout()} is the built-in logout, with or without
 * a session. The pages are {@link OwnLoginPages} (JAX-RS) and {@link OwnLogoutServlet}. The test
 * client sits behind a trusted proxy (localhost), so each browser is a client of its own for the
 * login limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnLoginIT {

    private static final String LOGINS = "obtainKrakenToken.email";
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);
    /** Every cookie a logout clears (no prefix configured; mobile web view off, so not MWAuthToken). */
    private static final List<String> SESSION_COOKIES = List.of("masqueradeToken", "masqueradeTokenBinding",
            "accessToken", "accessTokenBinding", "refreshToken", "scopedToken", "scopedTokenBinding",
            "sessionPayload", "jwt");

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.trusted-proxies", "127.0.0.1, ::1")
                .with("kraken.auth.rate-limit.login", "2/PT1M")
                .withClasses(OwnLoginPages.class, OwnLogoutServlet.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    /** A browser of its own client address, as the trusted proxy (localhost) reports it. */
    private static Browser client() {
        return new Browser().header("X-Forwarded-For", "198.51.100." + CLIENTS.getAndIncrement());
    }

    private static Reply ownLogin(Browser browser, String email, String password) {
        return browser.postForm("/own/login", Map.of("email", email, "password", password));
    }

    @Test
    void anOwnLoginIsALoggedInSessionOnThisRequestAndTheNext() {
        Browser browser = client();

        Reply reply = ownLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        JsonObject page = Json.object(reply.body());
        JsonObject next = Json.object(browser.get("/probe").body());

        assertAll(
                () -> assertEquals(200, reply.status()),
                () -> assertEquals("SUCCESS", page.getString("status")),
                () -> assertEquals("", page.getString("failure")),
                () -> assertEquals("access-token", page.getString("authMethod")),
                () -> assertEquals("kraken|account-user:" + Fixtures.DEMO_USER_ID, page.getString("caller")),
                () -> assertEquals("access-token", next.getString("authMethod")),
                () -> assertEquals("user", next.getString("group")),
                () -> assertEquals(1, kraken.calls(LOGINS)));
    }

    @Test
    void itSetsTheCookiesTheBuiltInLoginSetsWithTheSameAttributes() {
        Reply builtIn = Sessions.formLogin(client(), DEMO_EMAIL, DEMO_PASSWORD);
        Reply own = ownLogin(client(), DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(shapeOf(builtIn), shapeOf(own));
        Map<String, Long> ownMaxAge = maxAgeOf(own);
        maxAgeOf(builtIn).forEach((name, maxAge) -> assertTrue(Math.abs(maxAge - ownMaxAge.get(name)) <= 10,
                name + " lives as long after either login: " + maxAge + " s and " + ownMaxAge.get(name) + " s"));
        assertTrue(own.sets("accessTokenBinding") && own.sets("refreshToken"), own.cookies().toString());
        assertEquals("no-store", own.header("Cache-Control").orElse(""));
    }

    /** Each cookie's name and attributes but its Max-Age, whose seconds differ between two logins. */
    private static Map<String, String> shapeOf(Reply reply) {
        return reply.cookies().stream().collect(Collectors.toMap(SetCookie::name, c -> {
            Map<String, String> attributes = new TreeMap<>(c.attributes());
            attributes.computeIfPresent("Max-Age", (k, v) -> "…");
            attributes.remove("Expires");
            return (c.value().isEmpty() ? "cleared " : "set ") + attributes;
        }, (a, b) -> b, TreeMap::new));
    }

    /** Each cookie's Max-Age in seconds, for those that carry one. */
    private static Map<String, Long> maxAgeOf(Reply reply) {
        return reply.cookies().stream().filter(c -> c.attributes().containsKey("Max-Age"))
                .collect(Collectors.toMap(SetCookie::name, c -> Long.parseLong(c.attributes().get("Max-Age")),
                        (a, b) -> b, TreeMap::new));
    }

    @Test
    void theGuestsClaimsFollowIntoTheSessionAndTheGuestIsReplaced() {
        Browser browser = client();
        browser.get("/tariffs/Agile");
        String guest = browser.cookie("jwt");

        Reply reply = ownLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        JsonObject next = Json.object(browser.get("/probe").body());

        assertTrue(reply.sets("sessionPayload"), reply.cookies().toString());
        assertEquals("[Agile]", next.getJsonObject("claims").getString("recentlyViewed"));
        assertNotEquals(guest, browser.cookie("jwt"), "a fresh guest for the next person on this browser");
    }

    @Test
    void aWrongPasswordIsLoginFailedAnsweredByTheApplicationWithNoSession() {
        Browser browser = client();

        Reply reply = ownLogin(browser, DEMO_EMAIL, "wrong-password");
        JsonObject page = Json.object(reply.body());

        assertAll(
                () -> assertEquals(299, reply.status(), "the application's own status"),
                () -> assertEquals("SEND_FAILURE", page.getString("status")),
                () -> assertEquals("LOGIN_FAILED", page.getString("failure")),
                () -> assertEquals("none", page.getString("authMethod")),
                () -> assertFalse(reply.sets("accessToken") || reply.sets("refreshToken")),
                () -> assertTrue(reply.header("Location").isEmpty()));
    }

    /**
     * Refused by the module before the application's page runs, as every cross-site unsafe request
     * is by default; {@code CrossSiteAuthEndpointsOnlyIT} shows the application's own reading of it.
     */
    @Test
    void aCrossSiteLoginIsRefusedWithoutAKrakenCall() {
        Browser browser = client().header("Origin", "https://evil.example");

        Reply reply = ownLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(403, reply.status());
        assertFalse(reply.body().contains("failure"), "the application's page did not run: " + reply.body());
        assertFalse(reply.sets("accessToken"));
        assertEquals(0, kraken.calls(LOGINS));
    }

    @Test
    void theLoginRateLimitCountsOwnLoginsAndRefusesWithoutAKrakenCall() {
        Browser browser = client();
        ownLogin(browser, DEMO_EMAIL, "wrong-password");
        Sessions.formLogin(browser, DEMO_EMAIL, "wrong-password");

        Reply third = ownLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals("RATE_LIMITED", Json.object(third.body()).getString("failure"));
        assertEquals(299, third.status());
        assertEquals(2, kraken.calls(LOGINS), "the built-in and the own login share one bucket");
    }

    @Test
    void krakenDownIsKrakenUnavailable() {
        kraken.fault("HTTP_500", 0, LOGINS);

        Reply reply = ownLogin(client(), DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(299, reply.status());
        assertEquals("KRAKEN_UNAVAILABLE", Json.object(reply.body()).getString("failure"));
        assertFalse(reply.sets("accessToken"));
    }

    @Test
    void requestLogoutClearsEverythingTheBuiltInLogoutClears() {
        Browser browser = client();
        ownLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        browser.postForm("/payload/plan/gold", Map.of());

        Reply reply = browser.postForm("/own/logout", Map.of());
        JsonObject page = Json.object(reply.body());

        assertAll(
                () -> assertEquals(200, reply.status()),
                () -> assertEquals("none", page.getString("authMethod"), "no session for the rest of the request"),
                () -> assertFalse(page.getBoolean("guest")),
                () -> assertTrue(page.getBoolean("revokedAtKraken"), "Kraken ended the refresh token"),
                () -> assertEquals(1, kraken.calls("invalidateRefreshToken")),
                () -> assertEquals(SESSION_COOKIES.stream().sorted().toList(), cleared(reply)),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertEquals("none", Json.object(browser.get("/probe").body()).getString("authMethod")));
    }

    @Test
    void requestLogoutWithoutASessionStillClearsTheCookies() {
        Browser browser = client();
        browser.get("/probe");
        assertTrue(browser.cookie("jwt") != null, "a guest");

        Reply reply = browser.postForm("/own-servlet/logout", Map.of());

        assertEquals(200, reply.status());
        assertEquals("logged out by the portal", reply.body());
        assertEquals(SESSION_COOKIES.stream().sorted().toList(), cleared(reply));
    }

    @Test
    void requestLogoutInAServletEndsALoggedInSession() {
        Browser browser = Sessions.loggedIn(client());

        Reply reply = browser.postForm("/own-servlet/logout", Map.of());

        assertTrue(reply.clears("accessToken") && reply.clears("accessTokenBinding") && reply.clears("refreshToken"));
        assertEquals("none", Json.object(browser.get("/probe").body()).getString("authMethod"));
    }

    private static List<String> cleared(Reply reply) {
        return reply.cookies().stream().filter(SetCookie::clears).map(SetCookie::name).distinct().sorted().toList();
    }
}
