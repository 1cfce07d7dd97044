package dev.portalauth.it;

import static dev.portalauth.it.KrakenOAuthLogins.atKraken;
import static dev.portalauth.it.KrakenOAuthLogins.claims;
import static dev.portalauth.it.KrakenOAuthLogins.login;
import static dev.portalauth.it.KrakenOAuthLogins.query;
import static dev.portalauth.it.KrakenOAuthLogins.start;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/**
 * Kraken OAuth login end to end, with the simulator as Kraken's authorisation server and the demo's public
 * client: every outcome of a Kraken OAuth login — success, denied, state mismatch, missing cookie,
 * code reused, Kraken down at the token endpoint — and the refresh of an OAuth session, the guest
 * merge, two tabs, and the demo's login page offering it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KrakenOAuthIT {

    private static final List<String> SEEN_TOKENS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().build();
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static String stateOf(Reply started) {
        return query(started.location()).get("state");
    }

    @Test
    void theStartSendsTheBrowserToKrakenWithPkceAndALaxCookieForThisLogin() {
        Browser browser = new Browser();
        Reply started = start(browser, null);
        Map<String, String> q = query(started.location());

        SetCookie pending = started.cookie("krakenOAuth-" + q.get("state")).orElseThrow();
        assertAll(
                () -> assertEquals(303, started.status()),
                () -> assertTrue(started.location().startsWith(PortalDeployment.BASE + "/kraken/authorize/?"),
                        started.location()),
                () -> assertEquals("code", q.get("response_type")),
                () -> assertEquals("demo-portal", q.get("client_id")),
                () -> assertEquals(PortalDeployment.BASE + "/api/auth/kraken-oauth/callback", q.get("redirect_uri")),
                () -> assertEquals("S256", q.get("code_challenge_method")),
                () -> assertEquals(43, q.get("code_challenge").length()),
                () -> assertEquals(600, pending.maxAge()),
                () -> assertEquals("Lax", pending.attribute("SameSite").orElse("")),
                () -> assertTrue(pending.has("HttpOnly") && pending.has("Secure")),
                () -> assertEquals("no-store", started.header("Cache-Control").orElse("")));
    }

    @Test
    void aLoginSetsAFullSessionBoundWithTheOAuthOriginAndGoesToTheDashboard() {
        Browser browser = new Browser();
        Reply started = start(browser, null);
        Reply callback = browser.get(atKraken(browser, started, "login").location());
        SEEN_TOKENS.add(browser.cookie("accessToken"));
        SEEN_TOKENS.add(browser.cookie("refreshToken"));

        JsonObject session = Json.object(browser.get("/api/auth/session").body());
        assertAll(
                () -> assertEquals(303, callback.status()),
                () -> assertEquals("/dashboard", callback.location()),
                () -> assertTrue(callback.sets("accessToken") && callback.sets("refreshToken")),
                () -> assertTrue(callback.clears("krakenOAuth-" + stateOf(started)), "the login's cookie is cleared"),
                () -> assertEquals("no-referrer", callback.header("Referrer-Policy").orElse("")),
                () -> assertEquals("oauth", claims(browser.cookie("accessTokenBinding")).getString("org")),
                () -> assertTrue(session.getBoolean("isAuthenticated")),
                () -> assertEquals("access-token", session.getString("authMethod")),
                () -> assertEquals("kraken|account-user:" + Fixtures.DEMO_USER_ID, session.getString("sub")),
                () -> assertEquals(1, kraken.calls("oauthToken.authorization_code")),
                () -> assertEquals(0, kraken.calls("obtainKrakenToken")),
                () -> assertEquals(200, browser.get("/dashboard").status()));
    }

    @Test
    void aSafeNextIsWhereTheLoginEnds() {
        Browser browser = new Browser();
        assertEquals("/tariffs", login(browser, "%2Ftariffs").location());
        assertEquals("/dashboard", login(new Browser(), "%2F%2Fevil.example").location());
    }

    @Test
    void aDeniedLoginSetsNoSessionAndCallsNoTokenEndpoint() {
        Browser browser = new Browser();
        Reply callback = browser.get(atKraken(browser, start(browser, null), "deny").location());

        assertEquals("/login?error=OAUTH_FAILED", callback.location());
        assertNull(browser.cookie("accessToken"));
        assertEquals(0, kraken.calls("oauthToken"));
    }

    @Test
    void aCallbackWhoseStateThisBrowserDidNotStartIsRefused() {
        Browser browser = new Browser();
        Reply started = start(browser, null);
        String callbackUrl = atKraken(browser, started, "login").location();
        String forged = callbackUrl.replace("state=" + stateOf(started), "state=" + "X".repeat(43));

        Reply callback = browser.get(forged);

        assertEquals("/login?error=OAUTH_FAILED", callback.location());
        assertNull(browser.cookie("accessToken"));
        assertEquals(0, kraken.calls("oauthToken"));
    }

    @Test
    void aCallbackWithoutTheLoginsCookieIsRefused() {
        Browser browser = new Browser();
        Reply started = start(browser, null);
        String callbackUrl = atKraken(browser, started, "login").location();
        browser.forget("krakenOAuth-" + stateOf(started));

        assertEquals("/login?error=OAUTH_FAILED", browser.get(callbackUrl).location());
        assertEquals(0, kraken.calls("oauthToken"));
    }

    @Test
    void aReplayedCallbackGetsNoSessionWithOrWithoutACopyOfTheCookie() {
        Browser browser = new Browser();
        Reply started = start(browser, null);
        String cookie = "krakenOAuth-" + stateOf(started);
        String copy = browser.cookie(cookie);
        String callbackUrl = atKraken(browser, started, "login").location();
        assertEquals("/dashboard", browser.get(callbackUrl).location());

        Reply sameBrowser = browser.get(callbackUrl);
        Reply attacker = new Browser().cookie(cookie, copy).get(callbackUrl);

        assertEquals("/login?error=OAUTH_FAILED", sameBrowser.location());
        assertEquals("/login?error=OAUTH_FAILED", attacker.location(), "Kraken refuses a code used once");
        assertFalse(attacker.sets("accessToken"));
        assertEquals(2, kraken.calls("oauthToken.authorization_code"));
    }

    @Test
    void krakenDownAtTheTokenEndpointIsKrakenUnavailableAfterOneCall() {
        kraken.fault("CLOSE_CONNECTION", 0, "oauthToken");
        Browser browser = new Browser();

        Reply callback = login(browser, null);

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", callback.location());
        assertNull(browser.cookie("accessToken"));
        assertEquals(1, kraken.calls("oauthToken"), "never twice");
    }

    @Test
    void anHttp500AtTheTokenEndpointIsKrakenUnavailable() {
        kraken.fault("HTTP_500", 0, "oauthToken");

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", login(new Browser(), null).location());
    }

    @Test
    void anOAuthSessionIsRefreshedAtTheTokenEndpointOncePerBurst() throws Exception {
        kraken.lifetimes(20, 3600, 3600); // within the 30 s refresh margin: the next request refreshes
        Browser browser = new Browser();
        assertEquals("/dashboard", login(browser, null).location());
        Map<String, String> cookies = browser.cookies();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> burst = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Browser copy = new Browser();
                cookies.forEach(copy::cookie);
                burst.add(pool.submit(() -> copy.get("/api/auth/session")));
            }
            for (Future<Reply> reply : burst) {
                JsonObject session = Json.object(reply.get().body());
                assertEquals("access-token", session.getString("authMethod"));
                String binding = reply.get().cookie("accessTokenBinding").orElseThrow().value();
                assertEquals("oauth", claims(binding).getString("org"), "the new binding keeps the OAuth origin");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, kraken.calls("oauthToken.refresh_token"));
        assertEquals(0, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    @Test
    void aRefusedOAuthRefreshEndsTheSession() {
        kraken.lifetimes(20, 3600, 3600);
        Browser browser = new Browser();
        login(browser, null);
        kraken.graphqlError("invalid_grant", "oauthToken.refresh_token");

        JsonObject session = Json.object(browser.get("/api/auth/session").body());

        assertFalse(session.getBoolean("isAuthenticated"));
        assertNull(browser.cookie("refreshToken"));
    }

    @Test
    void aGuestWhoBrowsedTariffsKeepsThemAfterAnOAuthLogin() {
        Browser browser = new Browser();
        browser.get("/tariffs/Agile");
        browser.get("/tariffs/Cosy");
        String guestBefore = Json.object(browser.get("/probe").body()).getJsonObject("guest").getString("id");

        Reply callback = login(browser, null);
        JsonObject after = Json.object(browser.get("/probe").body());

        assertTrue(callback.sets("sessionPayload"));
        assertEquals("[Cosy, Agile]", after.getJsonObject("claims").getString("recentlyViewed"));
        assertNotEquals(guestBefore, after.getJsonObject("guest").getString("id"), "a fresh guest after the merge");
        assertTrue(browser.get("/dashboard").body().contains("Cosy"), "the demo dashboard shows what was viewed");
    }

    @Test
    void twoTabsEachCompleteTheirOwnLogin() {
        Browser browser = new Browser();
        Reply tab1 = start(browser, "%2Ftariffs");
        Reply tab2 = start(browser, "%2Fdashboard");
        String back1 = atKraken(browser, tab1, "login").location();
        String back2 = atKraken(browser, tab2, "login").location();

        assertEquals("/dashboard", browser.get(back2).location());
        assertEquals("/tariffs", browser.get(back1).location());
        assertEquals(2, kraken.calls("oauthToken.authorization_code"));
    }

    @Test
    void theDemoLoginPageOffersKrakenBesideTheEmailForm() {
        String page = new Browser().get("/login?next=%2Ftariffs").body();

        assertTrue(page.contains("action=\"/api/auth/login\""), page);
        assertTrue(page.contains("href=\"/api/auth/kraken-oauth?next=%2Ftariffs\">Log in with Kraken</a>"), page);
    }
}
