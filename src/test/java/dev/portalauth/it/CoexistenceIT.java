package dev.portalauth.it;

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
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.it.coexist.StaffMechanism;
import dev.portalauth.it.coexist.StaffPages;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * A portal with its own security beside the module, end to end: its own mechanism
 * ({@link StaffMechanism}, staff logging in with a header) is the application's one
 * ({@code kraken.auth.mechanism.enabled=false}; two mechanisms would stop deployment) and leaves
 * every path but {@code /staff} to the module, which acts everywhere but there
 * ({@code kraken.auth.paths=/**,!/staff/**}). On staff paths the module sets and reads no cookie,
 * refuses no cross-site request and gives no session; customers keep every Kraken way in; a
 * confusing path is refused under {@code /staff} too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoexistenceIT {

    private static final String EVIL = "https://evil.example";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.paths", "/**,!/staff/**")
                .with("kraken.auth.mechanism.enabled", "false")
                .withClasses(StaffMechanism.class, StaffPages.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static Browser staff() {
        return new Browser().header("X-Staff-Token", StaffMechanism.STAFF_TOKEN);
    }

    @Test
    void staffLogInWithThePortalsOwnMechanismAndGetNoCookieOfTheModule() {
        Reply reply = staff().get("/staff/reports");
        JsonObject page = Json.object(reply.body());

        assertAll(
                () -> assertEquals(200, reply.status()),
                () -> assertEquals("staff:alice", page.getString("caller")),
                () -> assertTrue(page.getBoolean("staff")),
                () -> assertEquals("none", page.getString("authMethod"), "no Kraken session"),
                () -> assertTrue(reply.cookies().isEmpty(), "no guest cookie nor any other: " + reply.cookies()),
                () -> assertFalse(reply.header("Cache-Control").orElse("").contains("no-store"),
                        "the module marks nothing no-store here"));
    }

    @Test
    void withoutTheStaffCredentialAStaffPageIsRefusedByTheContainer() {
        Reply reply = new Browser().get("/staff/reports");

        assertTrue(reply.status() == 401 || reply.status() == 403, "Payara 401, OpenLiberty 403: " + reply.status());
        assertTrue(reply.cookies().isEmpty(), reply.cookies().toString());
    }

    @Test
    void aCustomersKrakenSessionIsNoSessionOnAStaffPathAndIsLeftAlone() {
        Browser customer = Sessions.loggedIn();

        Reply reply = customer.get("/staff/whoami");
        JsonObject page = Json.object(reply.body());

        assertAll(
                () -> assertEquals("none", page.getString("authMethod")),
                () -> assertEquals("", page.getString("caller")),
                () -> assertTrue(reply.cookies().isEmpty(), "nothing read, refreshed or cleared: " + reply.cookies()),
                () -> assertEquals("access-token", Json.object(customer.get("/probe").body()).getString("authMethod")));
    }

    @Test
    void aCrossSitePostToAStaffPathIsTheStaffPortalsBusinessNotTheModules() {
        Reply staffPost = staff().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .postForm("/staff/notes", Map.of("note", "hello"));
        Reply customerPost = Sessions.loggedIn().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .postForm("/probe/orders", Map.of("item", "1"));

        assertEquals(200, staffPost.status(), staffPost.body());
        assertEquals(403, customerPost.status(), "the module still refuses on its own paths");
    }

    @Test
    void customersLogInWithKrakenAndTheContainerKnowsThemThroughTheDelegation() {
        Browser browser = new Browser();
        Reply first = browser.get("/probe");
        Sessions.loggedIn(browser);

        JsonObject page = Json.object(browser.get("/probe").body());

        assertAll(
                () -> assertTrue(first.sets("jwt"), "a guest cookie on the module's paths: " + first.cookies()),
                () -> assertEquals("access-token", page.getString("authMethod")),
                () -> assertEquals("user", page.getString("group")),
                () -> assertTrue(page.getString("caller").startsWith("kraken|account-user:"), page.toString()));
    }

    @Test
    void aPreSignedLinkOpensAScopedSessionWithItsGroup() {
        Browser browser = new Browser();

        JsonObject page = Json.object(browser.get("/anon/" + METER_KEY + "/probe").body());
        Reply guarded = browser.get("/roles/scoped-only");

        assertAll(
                () -> assertEquals("scoped", page.getString("authMethod")),
                () -> assertEquals("scoped", page.getString("group")),
                () -> assertEquals(200, guarded.status()),
                () -> assertEquals("scoped", guarded.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/..%2Freports", "/staff/%2e%2e/anon/x", "/staff;v=1/reports", "/staff/%5Creports"})
    void aConfusingPathUnderStaffIsStillRefused(String path) {
        RawHttp.Answer answer = RawHttp.send("GET", path);

        assertEquals(400, answer.status(), answer.text());
        assertFalse(answer.text().contains("Set-Cookie"), answer.text());
    }
}
