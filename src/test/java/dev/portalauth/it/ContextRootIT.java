package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.EXPIRED_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The demo portal at {@code /portal}.
 * Paths are judged inside the application, redirects stay under {@code /portal}, cookies keep
 * {@code Path=/}, and a URI that reaches the application without beginning with
 * {@code /portal} is refused rather than judged by a path cut at the wrong place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContextRootIT {

    private static final String ROOT = "/portal";
    private static final List<String> SEEN_TOKENS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().at(ROOT).build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = Simulator.at(ROOT);

    @Test
    void aKeyLinkUnderTheContextRootGivesAScopedSessionWithCookiesAtPathSlash() {
        Browser browser = Browser.at(ROOT);

        Reply page = browser.get("/anon/" + METER_KEY + "/probe");
        Reply session = browser.get("/api/auth/session");

        assertAll(
                () -> assertEquals(200, page.status()),
                () -> assertEquals("scoped", Json.object(page.body()).getString("authMethod")),
                () -> assertEquals("/", page.cookie("scopedToken").orElseThrow().attribute("Path").orElse("")),
                () -> assertEquals(ACCOUNT, Json.object(session.body()).getString("accountNumber")),
                () -> assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey")));
    }

    @Test
    void aRefusedKeyRedirectsToTheLoginPageUnderTheContextRoot() {
        Reply reply = Browser.at(ROOT).get("/anon/" + EXPIRED_KEY + "/probe");

        assertEquals(303, reply.status());
        assertEquals(ROOT + "/login?error=PRE_SIGNED_KEY_INVALID", reply.location());
    }

    @Test
    void aDashboardWithoutASessionRedirectsToTheLoginPageUnderTheContextRootWithANextInsideTheApplication() {
        Reply reply = Browser.at(ROOT).get("/dashboard/meter-reading?account=" + ACCOUNT);

        assertEquals(303, reply.status());
        assertEquals(ROOT + "/login?next=%2Fdashboard%2Fmeter-reading%3Faccount%3D" + ACCOUNT, reply.location());
    }

    @Test
    void aFormLoginUnderTheContextRootGoesToTheDashboardThereWithCookiesAtPathSlash() {
        Browser browser = Browser.at(ROOT);

        Reply login = Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        SEEN_TOKENS.add(browser.cookie("accessToken"));
        Reply dashboard = browser.get("/dashboard");

        assertAll(
                () -> assertEquals(303, login.status()),
                () -> assertEquals(ROOT + "/dashboard", login.location()),
                () -> assertEquals("/", login.cookie("accessToken").orElseThrow().attribute("Path").orElse("")),
                () -> assertEquals("/", login.cookie("refreshToken").orElseThrow().attribute("Path").orElse("")),
                () -> assertEquals(200, dashboard.status()),
                () -> assertTrue(dashboard.body().contains(ACCOUNT), "the user's accounts"));
    }

    @Test
    void aFormLoginWithANextGoesThereUnderTheContextRoot() {
        Reply reply = Browser.at(ROOT).postForm("/api/auth/login", Map.of("email", DEMO_EMAIL,
                "password", DEMO_PASSWORD, "next", "/dashboard/meter-reading?account=" + ACCOUNT));

        assertEquals(ROOT + "/dashboard/meter-reading?account=" + ACCOUNT, reply.location());
    }

    @Test
    void theLoginPageWithAFullSessionGoesToTheDashboardUnderTheContextRoot() {
        Browser browser = Sessions.loggedIn(Browser.at(ROOT));
        SEEN_TOKENS.add(browser.cookie("accessToken"));

        Reply reply = browser.get("/login");

        assertEquals(303, reply.status());
        assertEquals(ROOT + "/dashboard", reply.location());
    }

    @Test
    void aLogoutGoesToTheLoginPageUnderTheContextRoot() {
        Browser browser = Sessions.loggedIn(Browser.at(ROOT));
        SEEN_TOKENS.add(browser.cookie("accessToken"));

        Reply reply = browser.postForm("/api/auth/logout", Map.of());

        assertEquals(303, reply.status());
        assertEquals(ROOT + "/login", reply.location());
    }

    /**
     * Each reaches the application at {@code /portal} on some server (which decodes or folds the
     * context root before matching it) or at none: either way, never the dashboard unguarded.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%70ortal/dashboard/meter-reading", "/p%6Frtal/dashboard/meter-reading",
        "/%70%6f%72%74%61%6c/dashboard/meter-reading", "/%70ortal/dashboard", "/PORTAL/dashboard/meter-reading",
        "/Portal/dashboard/meter-reading", "/portal;x=1/dashboard/meter-reading", "//portal/dashboard/meter-reading",
        "/./portal/dashboard/meter-reading", "/x/../portal/dashboard/meter-reading",
        "/%2e/portal/dashboard/meter-reading", "/%2fportal/dashboard/meter-reading",
        "/%70ortal/anon/" + METER_KEY + "/../../dashboard/meter-reading"})
    void aUriThatDoesNotBeginWithTheContextPathNeverReachesTheDashboardUnguarded(String uri) {
        Browser stranger = new Browser();

        Reply reply = stranger.get(PortalDeployment.BASE + uri);

        assertRefusedOrSentToLogin(uri, reply);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/anon/../dashboard/meter-reading", "/anon/%2e%2e/dashboard/meter-reading",
        "/anon/" + METER_KEY + "/../../dashboard/meter-reading", "/anon/x/..%2F..%2Fdashboard/meter-reading"})
    void aPathUnderTheContextRootIsJudgedWhereItLands(String path) {
        Browser scoped = Browser.at(ROOT);
        scoped.get("/anon/" + METER_KEY + "/probe");

        Reply reply = scoped.get(path);

        assertRefusedOrSentToLogin(ROOT + path, reply);
    }

    /**
     * Refused (400: the module's answer to a path it cannot judge; 404: no application there), sent
     * to the login page as the dashboard guard does, or redirected by the server away from any
     * dashboard (Payara sends {@code /portal;x=1/…} to {@code /portal/}); never a page.
     */
    private static void assertRefusedOrSentToLogin(String uri, Reply reply) {
        boolean refused = reply.status() == 400 || reply.status() == 404;
        boolean guarded = reply.status() == 303 && reply.location().startsWith(ROOT + "/login?next=%2Fdashboard");
        boolean elsewhere = reply.status() / 100 == 3 && !reply.location().contains("dashboard");
        assertTrue(refused || guarded || elsewhere, uri + " answered " + reply.status() + " " + reply.location());
    }
}
