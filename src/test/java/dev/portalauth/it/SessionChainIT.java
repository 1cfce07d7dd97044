package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_MASQUERADE_TOKEN;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/** Login, refresh, logout, masquerade, mobile web view, their priority and the routes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionChainIT {

    private static final List<String> AUTH_COOKIES = List.of("masqueradeToken", "MWAuthToken", "accessToken",
            "refreshToken", "scopedToken", "sessionPayload", "jwt");
    private static final List<String> SEEN_TOKENS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().with("kraken.auth.mobile-web-view.enabled", "true").build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    // --- login ---------------------------------------------------------------------------

    @Test
    void aFormLoginSetsBothCookiesWithTheirLifetimesAndGoesToTheDashboard() {
        Browser browser = new Browser();
        Reply reply = Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        SEEN_TOKENS.add(browser.cookie("accessToken"));

        SetCookie access = reply.cookie("accessToken").orElseThrow();
        SetCookie refresh = reply.cookie("refreshToken").orElseThrow();
        assertAll(
                () -> assertEquals(303, reply.status()),
                () -> assertEquals("/dashboard", reply.location()),
                () -> assertTrue(access.maxAge() > 3500 && access.maxAge() <= 3600, "exp - now"),
                () -> assertTrue(refresh.maxAge() > 7 * 86400 - 100 && refresh.maxAge() <= 7 * 86400,
                        "refreshExpiresIn (absolute) - now"),
                () -> assertTrue(access.has("HttpOnly") && access.has("Secure") && refresh.has("HttpOnly")),
                () -> assertEquals("Lax", refresh.attribute("SameSite").orElse("")),
                () -> assertEquals("/", refresh.attribute("Path").orElse("")),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertFalse(reply.location().contains(browser.cookie("accessToken"))));
        assertEquals("access-token", probe(browser).getString("authMethod"));
    }

    @Test
    void aFormLoginGoesToASafeNext() {
        Reply reply = new Browser().postForm("/api/auth/login", Map.of("email", DEMO_EMAIL,
                "password", DEMO_PASSWORD, "next", "/dashboard/meter-reading?account=" + ACCOUNT));

        assertEquals("/dashboard/meter-reading?account=" + ACCOUNT, reply.location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "https:evil.example", "https://evil.example",
        "%2F%2Fevil.example", "/%2F/evil.example", "/ok\r\nSet-Cookie: x=y", "javascript:alert(1)", "evil.example"})
    void openRedirectPayloadsInNextFallBackToTheDashboard(String next) {
        Reply reply = new Browser().postForm("/api/auth/login", Map.of("email", DEMO_EMAIL,
                "password", DEMO_PASSWORD, "next", next));

        assertEquals(303, reply.status());
        assertEquals("/dashboard", reply.location());
    }

    @Test
    void wrongCredentialsRedirectWithLoginFailedWithoutSayingWhichPartWasWrong() {
        Reply wrongPassword = Sessions.formLogin(new Browser(), DEMO_EMAIL, "not-the-password");
        Reply unknownUser = Sessions.formLogin(new Browser(), "nobody@example.com", DEMO_PASSWORD);

        for (Reply reply : List.of(wrongPassword, unknownUser)) {
            assertEquals(303, reply.status());
            assertEquals("/login?error=LOGIN_FAILED", reply.location());
            assertTrue(reply.cookies().stream().noneMatch(c -> c.name().equals("accessToken")));
        }
        assertEquals(wrongPassword.body(), unknownUser.body());
    }

    @Test
    void aJsonLoginAnswersTheSessionAndNeverATokenValue() {
        Browser browser = new Browser();
        Reply reply = browser.postJson("/api/auth/login",
                "{\"email\":\"" + DEMO_EMAIL + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");

        assertEquals(200, reply.status());
        JsonObject session = Json.object(reply.body());
        assertEquals("access-token", session.getString("authMethod"));
        assertTrue(session.getBoolean("isAuthenticated"));
        assertFalse(reply.body().contains(browser.cookie("accessToken")));
        assertFalse(reply.body().contains(browser.cookie("refreshToken")));
    }

    @Test
    void aFailedJsonLoginIs401LoginFailed() {
        Reply reply = new Browser().postJson("/api/auth/login",
                "{\"email\":\"" + DEMO_EMAIL + "\",\"password\":\"wrong\"}");

        assertEquals(401, reply.status());
        assertEquals("LOGIN_FAILED", Json.object(reply.body()).getString("error"));
    }

    @Test
    void credentialsOnlyInTheQueryStringAreLoginFailedAndNoSession() {
        String query = "?email=" + enc(DEMO_EMAIL) + "&password=" + enc(DEMO_PASSWORD);
        Browser form = new Browser();
        Reply emptyForm = form.postForm("/api/auth/login" + query, Map.of());
        Browser bare = new Browser();
        Reply noBody = bare.send(bare.request("/api/auth/login" + query).POST(HttpRequest.BodyPublishers.noBody()));

        for (Reply reply : List.of(emptyForm, noBody)) {
            assertEquals(303, reply.status());
            assertEquals("/login?error=LOGIN_FAILED", reply.location());
            assertFalse(reply.sets("accessToken"));
        }
        assertEquals("none", probe(form).getString("authMethod"));
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }

    @Test
    void credentialsInTheBodyWorkWhateverTheQueryStringHolds() {
        Browser browser = new Browser();
        Reply reply = browser.postForm("/api/auth/login?utm_source=mail&email=" + enc("nobody@example.com")
                + "&password=wrong&next=%2Ftariffs", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertEquals(303, reply.status());
        assertEquals("/dashboard", reply.location(), "next, too, is read from the body only");
        assertEquals("access-token", probe(browser).getString("authMethod"));
        assertEquals(1, kraken.calls("obtainKrakenToken.email"));
    }

    @Test
    void getNeverLogsIn() {
        Reply reply = new Browser().get("/api/auth/login?email=" + DEMO_EMAIL + "&password=" + DEMO_PASSWORD);

        assertEquals(405, reply.status());
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }

    // --- refresh -------------------------------------------------------------------------

    @Test
    void anAccessTokenAboutToExpireIsRefreshedOnTheRequestThatCarriesIt() {
        kraken.lifetimes(20, 3600, 3600);
        Browser browser = Sessions.loggedIn();
        String before = browser.cookie("accessToken");

        Reply reply = browser.get("/probe");

        assertEquals("access-token", Json.object(reply.body()).getString("authMethod"));
        assertTrue(reply.sets("accessToken"));
        assertNotEquals(before, browser.cookie("accessToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    @Test
    void twentyConcurrentRequestsWithTheSameExpiredTokenMakeOneRefreshCall() throws Exception {
        Browser user = Sessions.loggedIn();
        Map<String, String> cookies = Map.of("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10),
                "refreshToken", user.cookie("refreshToken"), "accessTokenBinding", user.cookie("accessTokenBinding"));
        kraken.fault("NONE", 300);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> {
                    Browser b = new Browser();
                    cookies.forEach(b::cookie);
                    return b.get("/probe");
                }));
            }
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                assertEquals("access-token", Json.object(r.body()).getString("authMethod"));
                assertTrue(r.sets("accessToken"), "every response carries the new token");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    @Test
    void aRefusedRefreshClearsBothCookiesAndTheDashboardSaysTheSessionExpired() {
        Browser browser = Sessions.loggedIn().cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));
        kraken.graphqlError("KT-CT-1135", "obtainKrakenToken");

        Reply reply = browser.get("/dashboard");

        assertEquals(303, reply.status());
        assertEquals("/login?next=%2Fdashboard&error=SESSION_EXPIRED", reply.location());
        assertTrue(reply.clears("accessToken"));
        assertTrue(reply.clears("refreshToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"), "never retried");
    }

    @Test
    void aRefreshTokenTheModuleDidNotSetIsNeverSentToKraken() {
        Browser browser = Sessions.loggedIn().cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10))
                .cookie("refreshToken", "a-refresh-token-from-elsewhere");

        Reply reply = browser.get("/dashboard");

        assertEquals("/login?next=%2Fdashboard&error=SESSION_EXPIRED", reply.location());
        assertTrue(reply.clears("refreshToken"));
        assertEquals(0, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    @Test
    void krakenDownDuringARefreshKeepsTheStillValidTokenAndTheRefreshToken() {
        kraken.lifetimes(20, 3600, 3600);
        Browser browser = Sessions.loggedIn();
        kraken.fault("HTTP_500", 0);

        Reply reply = browser.get("/probe");

        assertEquals("access-token", Json.object(reply.body()).getString("authMethod"));
        assertFalse(reply.clears("refreshToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"), "not retried after Kraken answered");
    }

    // --- logout --------------------------------------------------------------------------

    @Test
    void logoutClearsEveryAuthCookieWithMatchingAttributesAndGoesToLogin() {
        Browser browser = Sessions.loggedIn();

        Reply reply = browser.postForm("/api/auth/logout", Map.of());

        assertEquals(303, reply.status());
        assertEquals("/login", reply.location());
        for (String name : AUTH_COOKIES) {
            SetCookie cleared = reply.cookie(name).orElseThrow(() -> new AssertionError(name + " not cleared"));
            assertTrue(cleared.clears() && cleared.has("HttpOnly") && cleared.has("Secure"), name);
            assertEquals("/", cleared.attribute("Path").orElse(""), name);
        }
        assertEquals("none", probe(browser).getString("authMethod"));
    }

    @Test
    void afterALogoutACopyOfTheOldCookiesIsNotHandedTheRefreshedSession() {
        kraken.lifetimes(20, 3600, 3600);
        Browser user = Sessions.loggedIn();
        Browser copy = new Browser();
        user.cookies().forEach(copy::cookie);
        user.get("/probe");
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"));

        user.postForm("/api/auth/logout", Map.of());
        copy.get("/probe");

        // Kraken decides about the old refresh token; this server no longer hands out what it remembered.
        assertEquals(2, kraken.calls("obtainKrakenToken.refreshToken"), "the copy's refresh went to Kraken");
    }

    @Test
    void aJsonLogoutIs200WithWhatKrakenEnded() {
        Browser browser = Sessions.loggedIn();

        Reply reply = browser.send(browser.request("/api/auth/logout").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, reply.status());
        assertEquals("{\"revoked\":true,\"everywhere\":false}", reply.body());
        assertTrue(reply.clears("accessToken"));
    }

    // --- masquerade and mobile web view ----------------------------------------------------

    @Test
    void aMasqueradeLinkStartsABrowserSessionMasqueradeAndGoesToTheDashboard() {
        Browser browser = new Browser();

        Reply reply = browser.get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);

        assertEquals(303, reply.status());
        assertEquals("/dashboard", reply.location());
        SetCookie cookie = reply.cookie("masqueradeToken").orElseThrow();
        assertEquals(-1, cookie.maxAge(), "a browser-session cookie");
        assertFalse(reply.allHeaders().contains(DEMO_MASQUERADE_TOKEN));
        JsonObject session = probe(browser);
        assertEquals("masquerade", session.getString("authMethod"));
        assertEquals("masquerade", session.getString("group"));
    }

    @Test
    void aMasqueradeRefusedInTheMutationsPayloadFailsAndClearsTheCookie() {
        Reply reply = new Browser().get("/masquerade/" + DEMO_USER_ID + "/wrong-token");

        assertEquals("/login?error=MASQUERADE_FAILED", reply.location());
        assertTrue(reply.clears("masqueradeToken"));
    }

    @Test
    void aMasqueradeRefusedInGraphqlErrorsFailsAndClearsTheCookie() {
        kraken.graphqlError("KT-CT-1111", "masqueradeAuthentication");

        Reply reply = new Browser().get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);

        assertEquals("/login?error=MASQUERADE_FAILED", reply.location());
        assertTrue(reply.clears("masqueradeToken"));
    }

    @Test
    void aMobileWebViewCookieMakesAMobileWebViewSession() {
        Browser browser = new Browser().cookie("MWAuthToken", kraken.mint("access", DEMO_USER_ID, null, 3600));

        JsonObject session = probe(browser);

        assertEquals("mobile-web-view", session.getString("authMethod"));
        assertEquals("mobile-web-view", session.getString("group"));
    }

    // --- priority --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} wins over {2}")
    @CsvSource({
        "masqueradeToken, masquerade, MWAuthToken, access, masquerade",
        "masqueradeToken, masquerade, accessToken, access, masquerade",
        "masqueradeToken, masquerade, scopedToken, scoped, masquerade",
        "MWAuthToken, access, accessToken, access, mobile-web-view",
        "MWAuthToken, access, scopedToken, scoped, mobile-web-view",
        "accessToken, access, scopedToken, scoped, access-token"})
    void theHigherValidCredentialWins(String higher, String higherKind, String lower, String lowerKind, String wins) {
        Browser browser = new Browser()
                .cookie(higher, kraken.mint(higherKind, DEMO_USER_ID, null, 3600))
                .cookie(lower, kraken.mint(lowerKind, DEMO_USER_ID, ACCOUNT, 3600));

        assertEquals(wins, probe(browser).getString("authMethod"));
    }

    @Test
    void anInvalidHigherCredentialIsClearedAndTheValidLowerOneWins() {
        Browser browser = new Browser()
                .cookie("masqueradeToken", "garbage")
                .cookie("MWAuthToken", kraken.mint("access", DEMO_USER_ID, null, -10))
                .cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, 3600));

        Reply reply = browser.get("/probe");

        assertEquals("access-token", Json.object(reply.body()).getString("authMethod"));
        assertTrue(reply.clears("masqueradeToken"));
        assertTrue(reply.clears("MWAuthToken"));
    }

    // --- routes ----------------------------------------------------------------------------

    @Test
    void aDashboardWithoutAFullSessionRedirectsToLoginWithARelativeNext() {
        Reply stranger = new Browser().get("/dashboard/meter-reading?account=" + ACCOUNT);
        Reply scoped = new Browser().cookie("scopedToken", kraken.mint("scoped", null, ACCOUNT, 3600))
                .get("/dashboard");

        assertEquals(303, stranger.status());
        assertEquals("/login?next=%2Fdashboard%2Fmeter-reading%3Faccount%3D" + ACCOUNT, stranger.location());
        assertEquals("/login?next=%2Fdashboard", scoped.location(), "scoped is not enough");
    }

    @Test
    void theLoginPageWithAFullSessionGoesToTheDashboardAndWithoutOneIsServed() {
        assertEquals("/dashboard", Sessions.loggedIn().get("/login").location());
        assertEquals(200, new Browser().get("/login").status());
    }

    @Test
    void theDashboardListsTheUsersAccountsReadFromKrakenAsTheUser() {
        Reply reply = Sessions.loggedIn().get("/dashboard");

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains(ACCOUNT) && reply.body().contains(Fixtures.OTHER_ACCOUNT), reply.body());
    }

    // --- session endpoint ------------------------------------------------------------------

    @Test
    void theSessionEndpointDescribesTheSessionAndNeverShowsAToken() {
        Browser browser = Sessions.loggedIn();

        Reply reply = browser.get("/api/auth/session");

        JsonObject session = Json.object(reply.body());
        assertAll(
                () -> assertEquals(200, reply.status()),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertTrue(session.getBoolean("isAuthenticated")),
                () -> assertEquals("access-token", session.getString("authMethod")),
                () -> assertEquals("kraken|account-user:" + DEMO_USER_ID, session.getString("sub")),
                () -> assertTrue(session.getJsonNumber("expiresAt").longValue() > 0),
                () -> assertTrue(session.getJsonObject("guest").getString("id").startsWith("G-")),
                () -> assertFalse(reply.body().contains(browser.cookie("accessToken"))));
    }

    @Test
    void theSessionEndpointForAStrangerIsUnauthenticated() {
        JsonObject session = Json.object(new Browser().get("/api/auth/session").body());

        assertFalse(session.getBoolean("isAuthenticated"));
        assertEquals("none", session.getString("authMethod"));
    }

    @Test
    void noHttpSessionIsCreatedAlongTheWholeChain() {
        Browser browser = Sessions.loggedIn();
        browser.get("/dashboard");
        browser.get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);
        browser.postForm("/api/auth/logout", Map.of());

        assertFalse(browser.cookies().containsKey("JSESSIONID"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject probe(Browser browser) {
        return Json.object(browser.get("/probe").body());
    }
}
