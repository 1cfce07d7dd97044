package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

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
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * Sessions end at Kraken, not only in the browser: a logout ends the session's refresh token at
 * Kraken (as the organisation, which holds the permission), so a copy taken before the logout gets
 * no session because Kraken refuses it; logging out everywhere ends every device of the customer at
 * its next refresh, never for a support agent's masquerade; Kraken failing or hanging never keeps
 * the cookies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionEndingsIT {

    private static final List<String> SESSION_COOKIES = List.of("accessToken", "accessTokenBinding", "refreshToken",
            "sessionPayload", "jwt");

    /** The deployed portal, warmed up before the first test. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.read-timeout", "PT1S")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static Reply jsonLogout(Browser browser) {
        return browser.send(browser.request("/api/auth/logout").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static Browser copyOf(Browser browser) {
        Browser copy = new Browser();
        browser.cookies().forEach(copy::cookie);
        return copy;
    }

    private static String authMethod(Browser browser) {
        return Json.object(browser.get("/probe").body()).getString("authMethod");
    }

    @Test
    void aLogoutEndsTheRefreshTokenAtKrakenSoACopyTakenBeforeGetsNoSession() {
        kraken.lifetimes(20, 3600, 3600); // within the refresh margin: every request with it refreshes
        Browser user = Sessions.loggedIn();
        Browser copy = copyOf(user);

        Reply reply = jsonLogout(user);

        JsonObject answer = Json.object(reply.body());
        assertAll(
                () -> assertEquals(200, reply.status()),
                () -> assertTrue(answer.getBoolean("revoked")),
                () -> assertEquals(false, answer.getBoolean("everywhere")),
                () -> assertEquals(1, kraken.calls("invalidateRefreshToken")),
                () -> assertEquals(0, kraken.calls("obtainKrakenToken.refreshToken"), "a logout never refreshes"));

        assertEquals("none", authMethod(copy));
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"), "Kraken was asked, and refused");
    }

    @Test
    void withoutTheLogoutTheSameCopyIsRefreshed() {
        kraken.lifetimes(20, 3600, 3600);
        Browser copy = copyOf(Sessions.loggedIn());

        assertEquals("access-token", authMethod(copy));
    }

    @Test
    void aFormLogoutStillGoesToTheLoginPage() {
        Reply reply = Sessions.loggedIn().postForm("/api/auth/logout", Map.of());

        assertEquals(303, reply.status());
        assertEquals(1, kraken.calls("invalidateRefreshToken"));
    }

    @Test
    void loggingOutEverywhereEndsASecondBrowsersSessionAtItsNextRefresh() {
        kraken.lifetimes(20, 3600, 3600);
        Browser phone = Sessions.loggedIn();
        Browser laptop = Sessions.loggedIn();

        Reply reply = laptop.postJson("/api/auth/logout", "{\"everywhere\":true}");

        assertEquals("{\"revoked\":true,\"everywhere\":true}", reply.body());
        assertEquals(1, kraken.calls("forceReauthentication"));
        assertEquals(0, kraken.calls("invalidateRefreshToken"));
        assertEquals("none", authMethod(phone), "the phone's refresh is refused");
    }

    @Test
    void aFormLogoutAsksForEverywhereWithAField() {
        Reply reply = Sessions.loggedIn().postForm("/api/auth/logout", Map.of("everywhere", "true"));

        assertEquals(303, reply.status());
        assertEquals(1, kraken.calls("forceReauthentication"));
    }

    @Test
    void aMasqueradeSessionIsNotLoggedOutEverywhere() {
        Browser agent = new Browser();
        agent.get("/masquerade/" + Fixtures.DEMO_USER_ID + "/" + Fixtures.DEMO_MASQUERADE_TOKEN);

        Reply reply = agent.postJson("/api/auth/logout", "{\"everywhere\":true}");

        assertEquals("{\"revoked\":false,\"everywhere\":false}", reply.body());
        assertEquals(0, kraken.calls("forceReauthentication"));
        assertTrue(reply.clears("masqueradeToken"));
    }

    @Test
    void krakenUnavailableClearsEverythingAndAnswersNotRevoked() {
        Browser user = Sessions.loggedIn();
        kraken.fault("HTTP_500", 0, "invalidateRefreshToken");

        Reply reply = jsonLogout(user);

        assertEquals(200, reply.status());
        assertEquals(false, Json.object(reply.body()).getBoolean("revoked"));
        SESSION_COOKIES.forEach(name -> assertTrue(reply.clears(name), name));
        assertEquals(1, kraken.calls("invalidateRefreshToken"));
    }

    @Test
    void krakenHangingClearsEverythingWithinTheReadTimeout() {
        Browser user = Sessions.loggedIn();
        kraken.fault("NONE", 4000, "invalidateRefreshToken");

        long started = System.nanoTime();
        Reply reply = jsonLogout(user);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMs < 2500, "took " + tookMs + " ms with a read timeout of 1 s");
        assertEquals(false, Json.object(reply.body()).getBoolean("revoked"));
        SESSION_COOKIES.forEach(name -> assertTrue(reply.clears(name), name));
        assertEquals(1, kraken.calls("invalidateRefreshToken"), "never sent twice");
    }
}
