package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.readme.RootApplication;
import dev.portalauth.readme.ReadmeCompiler;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The documentation's example pages (the README's quickstart and docs/GUIDE.md), compiled from the pages on each run, serve what the
 * pages say — in a WAR of the module, the simulator and those examples alone (no demo pages),
 * with the demo's configuration plus {@code /meter-reading} as an anon pathname so the meter
 * reading example can be reached with a key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeExamplesIT {

    @Deployment(testable = false)
    static WebArchive war() throws IOException {
        // The README's own mechanism (staff beside customers) is the application's one, as the README
        // has it: the module's is switched off, and the examples' Kraken pages pass through it.
        return PortalDeployment.demoPortal().withoutPages()
                .with("kraken.auth.routes.anon.pathname", "/anon,/meter-reading")
                .with("kraken.auth.mechanism.enabled", "false")
                .withClassFolder(new ReadmeCompiler(Files.createTempDirectory("readme-examples")).compileAll())
                .withClasses(RootApplication.class)
                .build();
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void meterReadingResourceReadsTheAccountOfAPreSignedLinkAsThatSession() {
        Reply reply = new Browser().get("/meter-reading?key=" + METER_KEY);

        assertEquals(200, reply.status());
        assertEquals("<p>Meter reading for " + ACCOUNT + "</p>", reply.body());
    }

    @Test
    void feedbackResourceIsGuardedToTheScopedSessionsOwnAccount() {
        Reply own = new Browser().get("/anon/" + METER_KEY + "/" + ACCOUNT + "/feedback");
        Reply other = new Browser().get("/anon/" + METER_KEY + "/" + OTHER_ACCOUNT + "/feedback");

        assertEquals(200, own.status());
        assertTrue(own.body().startsWith("<form>"), own.body());
        assertEquals(403, other.status());
        assertTrue(other.body().contains("ACCOUNT_MISMATCH"), other.body());
    }

    @Test
    void tariffsResourceServesAGuestAndUpdatesItsToken() {
        Reply reply = new Browser().get("/tariffs");

        assertEquals(200, reply.status());
        assertEquals("<p>Tariffs</p>", reply.body());
        assertTrue(reply.sets("jwt"), "the guest token, with what the page viewed");
    }

    @Test
    void theQuickstartsGuestUpdateFollowsTheVisitorIntoTheDashboardAtLogin() {
        Browser visitor = new Browser();
        visitor.get("/tariffs");
        Sessions.loggedIn(visitor);

        Reply dashboard = visitor.get("/dashboard");

        assertEquals(200, dashboard.status());
        assertEquals("<p>Recently viewed: [Agile]</p>", dashboard.body());
    }

    @Test
    void theQuickstartsLoginPageSaysWhatWentWrongWithoutRepeatingTheParameter() {
        Reply failed = new Browser().get("/login?error=LOGIN_FAILED&next=%2Fdashboard");
        Reply forged = new Browser().get("/login?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&next=%22%3E%3Cscript%3E");

        assertEquals(200, failed.status());
        assertTrue(failed.body().startsWith("<p>That email and password did not match.</p><form"), failed.body());
        assertTrue(failed.body().contains("name=\"next\" value=\"/dashboard\""), failed.body());
        assertTrue(!forged.body().contains("<script>"), forged.body());
    }

    @Test
    void productsResourceReadsKrakenAsTheOrganisation() {
        Reply reply = new Browser().get("/products");

        assertEquals(200, reply.status());
        assertTrue(reply.body().matches("<p>\\d+ products</p>"), reply.body());
    }
}
