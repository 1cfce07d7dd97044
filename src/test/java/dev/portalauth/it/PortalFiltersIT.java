package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.internal.web.PortalAuthInitializer;
import dev.portalauth.it.portalfilter.AnsweringFilter;
import dev.portalauth.it.portalfilter.RegisteredFilters;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * In a portal's own WAR (the classes jar in {@code WEB-INF/lib}) the module's filter is
 * registered once, by itself, and runs before the portal's own filters: a portal filter that
 * answers every request ({@link AnsweringFilter}, found by annotation scanning) changes nothing the
 * module does — routes are guarded and the built-in endpoints answer — and sees the session the
 * module made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalFiltersIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().moduleAsClassesJar()
                .withClasses(AnsweringFilter.class, RegisteredFilters.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void theModulesFilterIsRegisteredOnceForEveryPath() {
        JsonObject filters = Json.object(new Browser().get("/probe-filters").body());

        long modules = filters.values().stream().filter(v -> v.toString().contains("PortalAuthFilter")).count();
        assertEquals(1, modules, filters.toString());
        assertTrue(filters.getString(PortalAuthInitializer.FILTER_NAME).endsWith("[/*]"), filters.toString());
    }

    @Test
    void aDashboardWithoutASessionIsRedirectedBeforeThePortalsFilterCouldServeIt() {
        Reply reply = new Browser().get("/dashboard");

        assertEquals(303, reply.status());
        assertEquals("/login?next=%2Fdashboard", reply.location());
    }

    @Test
    void theBuiltInEndpointsAnswerBeforeThePortalsFilter() {
        Reply session = new Browser().get("/api/auth/session");

        assertEquals(200, session.status());
        assertEquals("none", Json.object(session.body()).getString("authMethod"));
        assertEquals(303, Sessions.formLogin(new Browser(), Fixtures.DEMO_EMAIL, Fixtures.DEMO_PASSWORD).status());
    }

    @Test
    void thePortalsFilterRunsAfterwardsAndSeesTheSessionTheModuleMade() {
        Browser browser = new Browser();

        Reply page = browser.get("/anon/" + METER_KEY + "/meter-reading");

        assertTrue(page.sets("scopedToken") && page.sets("jwt"));
        assertEquals("answered by the portal's filter for a scoped session", page.body());
        assertEquals(ACCOUNT, Json.object(browser.get("/probe").body()).getString("accountNumber"));
    }
}
