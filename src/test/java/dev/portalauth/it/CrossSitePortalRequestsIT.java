package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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

import dev.portalauth.it.ownlogin.OwnLoginPages;
import dev.portalauth.it.ownlogin.OwnLogoutServlet;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The portal's own unsafe requests are refused when a browser signal says they come from another
 * site, by default and before the portal runs: the demo's feedback and meter-reading forms (anon
 * links), its dashboard form, a JSON endpoint, a plain servlet. Refused, nothing happens: no key
 * exchanged, no cookie set or cleared, no page run. Same-origin requests, requests with no browser
 * signal, and those from a trusted origin pass; an allowed path takes a cross-site post without
 * any of the visitor's credentials. The test client sends the visitor's cookies even cross-site,
 * as a browser would with {@code SameSite=None}: the refusal must hold on its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSitePortalRequestsIT {

    private static final String SELF = PortalDeployment.BASE;
    private static final String EVIL = "https://evil.example";
    private static final String TRUSTED = "https://shop.example";
    private static final String FEEDBACK = "/anon/" + FEEDBACK_KEY + "/" + ACCOUNT + "/feedback";
    private static final String METER = "/anon/" + METER_KEY + "/meter-reading";
    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.cross-site.trusted-origins", TRUSTED)
                .with("kraken.auth.cross-site.allow", "/webhooks/**,/own/logout")
                .withClasses(OwnLoginPages.class, OwnLogoutServlet.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    /** Each row: Sec-Fetch-Site, Origin, Referer; {@code -} = absent. Every one says cross-site. */
    private static final String CROSS_SITE = """
            cross-site,  -,    -
            same-site,   -,    -
            -,           EVIL, -
            same-origin, EVIL, -
            -,           null, -
            cross-site,  null, -
            -,           -,    https://evil.example/page
            """;

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Referer {2}")
    @CsvSource(textBlock = CROSS_SITE)
    void aCrossSiteFeedbackPostOnAnAnonLinkIsRefusedBeforeTheKeyIsExchanged(String fetchSite, String origin, String referer) {
        Reply reply = signals(new Browser(), fetchSite, origin, referer).postForm(FEEDBACK, Map.of("score", "Great"));

        assertTextRefusal(reply);
        assertTrue(reply.cookies().isEmpty(), "no cookie set: " + reply.cookies());
        assertEquals(0, kraken.calls(EXCHANGES), "the chain did not act");
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Referer {2}")
    @CsvSource(textBlock = CROSS_SITE)
    void aCrossSiteMeterReadingFromTheDashboardIsRefusedAndTheSessionStays(String fetchSite, String origin, String referer) {
        Browser user = Sessions.loggedIn();
        signals(user, fetchSite, origin, referer);

        Reply reply = user.postForm("/dashboard/meter-reading", Map.of("reading", "12345"));

        assertTextRefusal(reply);
        assertTrue(reply.cookies().isEmpty(), "nothing set or cleared: " + reply.cookies());
        assertEquals("access-token", Json.object(user.get("/probe").body()).getString("authMethod"));
    }

    @Test
    void aCrossSiteMeterReadingOnAScopedLinkIsRefusedToo() {
        Browser scoped = Sessions.scoped(METER_KEY).header("Origin", EVIL);

        Reply reply = scoped.postForm(METER, Map.of("reading", "12345"));

        assertTextRefusal(reply);
    }

    @Test
    void aCrossSiteJsonPostThatPrefersJsonIsRefusedWithCrossSiteJson() {
        Browser user = Sessions.loggedIn().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site");

        Reply reply = user.postJson("/probe/orders", "{\"item\":1}");

        assertAll(
                () -> assertEquals(403, reply.status()),
                () -> assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json")),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertEquals("{\"error\":\"CROSS_SITE\"}", reply.body()));
    }

    @Test
    void aCrossSitePostToAPlainServletIsRefusedBeforeItLogsTheVisitorOut() {
        Browser user = Sessions.loggedIn().header("Origin", EVIL);

        Reply reply = user.postForm("/own-servlet/logout", Map.of());

        assertTextRefusal(reply);
        assertFalse(reply.clears("accessToken"));
    }

    /** Each row: Sec-Fetch-Site, Origin, Referer. No signal says cross-site. */
    private static final String SAME_ORIGIN = """
            -,           -,    -
            same-origin, -,    -
            none,        -,    -
            -,           SELF, -
            same-origin, SELF, -
            same-origin, null, -
            -,           -,    SELF/anon/page
            """;

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Referer {2}")
    @CsvSource(textBlock = SAME_ORIGIN)
    void aSameOriginOrSignallessFeedbackPostIsTaken(String fetchSite, String origin, String referer) {
        // A link of its own: the submission ends it.
        String feedback = "/anon/" + StaffLinks.issue("SUBMIT_CUSTOMER_FEEDBACK") + "/" + ACCOUNT + "/feedback";

        Reply reply = signals(new Browser(), fetchSite, origin, referer).postForm(feedback, Map.of("score", "Great"));

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("Thanks for your feedback"), reply.body());
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Referer {2}")
    @CsvSource(textBlock = SAME_ORIGIN)
    void aSameOriginOrSignallessDashboardPostIsTaken(String fetchSite, String origin, String referer) {
        Browser user = signals(Sessions.loggedIn(), fetchSite, origin, referer);

        Reply reply = user.postForm("/dashboard/meter-reading", Map.of("reading", "12345"));

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("Your reading has been recorded"), reply.body());
    }

    @Test
    void aSameOriginJsonPostKeepsItsSession() {
        Browser user = Sessions.loggedIn().header("Origin", SELF).header("Sec-Fetch-Site", "same-origin");

        JsonObject seen = Json.object(user.postJson("/probe/orders", "{\"item\":1}").body());

        assertEquals("access-token", seen.getString("authMethod"));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}")
    @CsvSource({"same-site", "cross-site", "-"})
    void aTrustedOriginPostsAsTheSameOriginWithItsSession(String fetchSite) {
        Browser user = signals(Sessions.loggedIn(), fetchSite, TRUSTED, "-");

        Reply form = user.postForm("/dashboard/meter-reading", Map.of("reading", "12345"));
        JsonObject seen = Json.object(user.postJson("/probe/orders", "{}").body());

        assertTrue(form.body().contains("Your reading has been recorded"), form.body());
        assertEquals("access-token", seen.getString("authMethod"));
    }

    @Test
    void aTrustedOriginMayUseTheBuiltInLogin() {
        Browser browser = new Browser().header("Origin", TRUSTED).header("Sec-Fetch-Site", "same-site");

        Reply reply = Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(303, reply.status());
        assertTrue(reply.sets("accessToken"));
    }

    @Test
    void anAllowedPathTakesACrossSitePostWithNoneOfTheVisitorsCredentials() {
        Browser user = Sessions.loggedIn().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site");

        Reply reply = user.postJson("/webhooks/payment", "{\"paid\":true}");
        JsonObject seen = Json.object(reply.body());

        assertAll(
                () -> assertEquals(200, reply.status(), "the portal's webhook ran"),
                () -> assertEquals("none", seen.getString("authMethod")),
                () -> assertEquals("", seen.getString("caller")),
                () -> assertTrue(reply.cookies().isEmpty(), "no cookie set or cleared: " + reply.cookies()));
    }

    @Test
    void onAnAllowedPathTheApplicationCannotLogTheVisitorOutCrossSite() {
        Browser user = Sessions.loggedIn().header("Origin", EVIL);

        Reply reply = user.postForm("/own/logout", Map.of());

        assertEquals(200, reply.status());
        assertTrue(reply.cookies().isEmpty(), "nothing cleared: " + reply.cookies());
        assertEquals("access-token", Json.object(user.get("/probe").body()).getString("authMethod"));
    }

    @Test
    void anAllowedPathKeepsTheVisitorsSessionForSameOriginPosts() {
        Browser user = Sessions.loggedIn().header("Origin", SELF);

        JsonObject seen = Json.object(user.postJson("/webhooks/payment", "{}").body());

        assertEquals("access-token", seen.getString("authMethod"));
    }

    @Test
    void theAllowListNeverOpensTheModulesOwnEndpoints() {
        Reply reply = new Browser().header("Origin", EVIL).postForm("/api/auth/login",
                Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertEquals(403, reply.status());
        assertEquals("CROSS_SITE", Json.object(reply.body()).getString("error"));
    }

    private static void assertTextRefusal(Reply reply) {
        assertAll(
                () -> assertEquals(403, reply.status()),
                () -> assertTrue(reply.header("Content-Type").orElse("").startsWith("text/plain"),
                        reply.header("Content-Type").orElse("no Content-Type")),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertFalse(reply.body().contains("Thank"), "the page did not run: " + reply.body()));
    }

    /** Sends the browser signals given; {@code -} leaves one out. */
    private static Browser signals(Browser browser, String fetchSite, String origin, String referer) {
        set(browser, "Sec-Fetch-Site", fetchSite);
        set(browser, "Origin", origin.replace("SELF", SELF).replace("EVIL", EVIL));
        set(browser, "Referer", referer.replace("SELF", SELF));
        return browser;
    }

    private static void set(Browser browser, String name, String value) {
        if (!value.equals("-")) {
            browser.header(name, value);
        }
    }
}
