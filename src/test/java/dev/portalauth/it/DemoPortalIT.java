package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/** The demo portal's pages, which use {@code Session} and {@code KrakenClient} as a real portal would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoPortalIT {

    private static final String CLIENT_IP_SECRET = "demo-client-ip-secret";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().with("kraken.x-client-ip-secret-key", CLIENT_IP_SECRET).build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void theFrontPageLinksEveryFlow() {
        String page = new Browser().get("/").body();

        assertAll(
                () -> assertTrue(page.contains("/anon/" + FEEDBACK_KEY + "/" + ACCOUNT + "/feedback")),
                () -> assertTrue(page.contains("/anon/" + METER_KEY + "/meter-reading")),
                () -> assertTrue(page.contains("href=\"/login\"")),
                () -> assertTrue(page.contains("/masquerade/101/")));
    }

    @Test
    void theFeedbackLinkShowsTheAccountReadFromKrakenAsTheScopedSession() {
        String feedback = "/anon/" + StaffLinks.issue("SUBMIT_CUSTOMER_FEEDBACK") + "/" + ACCOUNT + "/feedback";
        Browser browser = new Browser();
        Reply form = browser.get(feedback);
        Reply sent = browser.postForm(feedback, Map.of("score", "Great"));

        assertTrue(form.body().contains("Feedback for account <b>" + ACCOUNT), form.body());
        assertTrue(sent.body().contains("Thanks for your feedback"));
        assertEquals(1, kraken.calls("account"));
    }

    @Test
    void aOneTimeLinkIsRefusedOnceItsFormWasSubmitted() {
        String meter = "/anon/" + StaffLinks.issue("SUBMIT_METER_READINGS") + "/meter-reading";
        Browser browser = new Browser();
        browser.get(meter);

        Reply sent = browser.postForm(meter, Map.of("reading", "12345"));
        Reply again = new Browser().get(meter);
        Reply sameTab = browser.get(meter);

        assertTrue(sent.body().contains("This link has now been used."), sent.body());
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", again.location(), "another browser");
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", sameTab.location(), "the tab that submitted");
    }

    @Test
    void staffIssueLinksOnlyWithTheStaffKey() {
        Reply reply = new Browser().header("X-Staff-Key", "guessed")
                .postForm("/staff/links", Map.of("email", "demo@example.com"));

        assertEquals(403, reply.status());
        assertEquals("{\"error\":\"STAFF_ONLY\"}", reply.body());
    }

    @Test
    void aScopedLinkEditedToAnotherAccountIsRefusedBeforeKrakenIsAsked() {
        Reply reply = new Browser().get("/anon/" + FEEDBACK_KEY + "/" + OTHER_ACCOUNT + "/feedback");

        assertEquals(403, reply.status());
        assertEquals("{\"error\":\"ACCOUNT_MISMATCH\"}", reply.body());
        assertEquals(0, kraken.calls("account"), "@AccountScoped refused it, not Kraken");
    }

    @Test
    void theMeterReadingLinkIsFixedToTheAccountOfItsToken() {
        String page = new Browser().get("/anon/" + METER_KEY + "/meter-reading").body();

        assertTrue(page.contains("one-time link for account " + ACCOUNT), page);
        assertTrue(page.contains("E11ABC12345"), "the account's meters, read from Kraken");
    }

    @Test
    void theMeterReadingPageFromTheDashboardLetsTheUserChooseAnAccount() {
        String page = Sessions.loggedIn().get("/dashboard/meter-reading?account=" + OTHER_ACCOUNT).body();

        assertTrue(page.contains("<option selected>" + OTHER_ACCOUNT + "</option>"), page);
        assertTrue(page.contains("<option>" + ACCOUNT + "</option>"));
        assertTrue(page.contains("E12XYZ67890"), "the chosen account's meter");
    }

    @Test
    void krakenCallsCarryTheBrowsersAddressAndTheConfiguredSecret() {
        new Browser().get("/anon/" + METER_KEY + "/meter-reading");

        JsonObject seen = Json.object(new Browser().get("/kraken/_control/client-ip").body());

        assertEquals("127.0.0.1", seen.getString("x-kraken-client-ip"));
        assertEquals(Base64.getEncoder().encodeToString(CLIENT_IP_SECRET.getBytes(StandardCharsets.UTF_8)),
                seen.getString("x-kraken-client-ip-authorization"));
    }

    @Test
    void theLoginPageExplainsWhyTheVisitorIsThere() {
        String page = new Browser().get("/login?error=PRE_SIGNED_KEY_INVALID").body();

        assertTrue(page.contains("That link has expired"), page);
    }
}
