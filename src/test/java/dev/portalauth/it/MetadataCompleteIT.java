package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.guards.GuardedPages;
import dev.portalauth.it.portalfilter.AnsweringFilter;
import dev.portalauth.it.portalfilter.RegisteredFilters;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * A portal whose {@code web.xml} is {@code metadata-complete} (no annotation or
 * web-fragment scanning) still has the module — its filter first, before the portal's own filter
 * declared in that {@code web.xml} — so routes are guarded, sessions are made and the built-in
 * endpoints answer. The portal declares its own servlets and filters there (here the Kraken
 * simulator and {@link AnsweringFilter}), as any metadata-complete application must.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetadataCompleteIT {

    private static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                     version="6.0" metadata-complete="true">
                <filter>
                    <filter-name>portal-filter</filter-name>
                    <filter-class>dev.portalauth.it.portalfilter.AnsweringFilter</filter-class>
                </filter>
                <filter-mapping>
                    <filter-name>portal-filter</filter-name>
                    <url-pattern>/*</url-pattern>
                </filter-mapping>
                <servlet>
                    <servlet-name>kraken-simulator</servlet-name>
                    <servlet-class>dev.portalauth.simulator.KrakenSimulatorServlet</servlet-class>
                    <load-on-startup>1</load-on-startup>
                </servlet>
                <servlet-mapping>
                    <servlet-name>kraken-simulator</servlet-name>
                    <url-pattern>/kraken/*</url-pattern>
                </servlet-mapping>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().moduleAsClassesJar()
                .withClasses(AnsweringFilter.class, RegisteredFilters.class, GuardedPages.class)
                .withWebXml(WEB_XML)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void theModulesFilterIsRegisteredThoughNothingIsScanned() {
        String filters = new Browser().get("/probe-filters").body();

        assertTrue(filters.contains("\"kraken-portal-auth\":\"dev.portalauth.internal.web.PortalAuthFilter [/*]\""), filters);
        assertTrue(filters.contains("\"portal-filter\""), filters);
    }

    @Test
    void aDashboardWithoutASessionIsRedirected() {
        Reply reply = new Browser().get("/dashboard");

        assertEquals(303, reply.status());
        assertEquals("/login?next=%2Fdashboard", reply.location());
    }

    @Test
    void aPreSignedLinkMakesAScopedSessionThePortalSees() {
        Browser browser = new Browser();

        Reply page = browser.get("/anon/" + METER_KEY + "/meter-reading");

        assertTrue(page.sets("scopedToken") && page.sets("jwt"), page.cookies().toString());
        assertEquals("answered by the portal's filter for a scoped session", page.body());
        assertEquals(ACCOUNT, Json.object(browser.get("/probe").body()).getString("accountNumber"));
    }

    @Test
    void theBuiltInLoginMakesASessionAndTheSessionEndpointShowsIt() {
        Browser user = Sessions.loggedIn();

        Reply session = user.get("/api/auth/session");

        assertEquals("access-token", Json.object(session.body()).getString("authMethod"));
        assertEquals("access-token", Json.object(user.get("/probe").body()).getString("authMethod"));
    }

    @Test
    void aMissingKeyIsTheUsualRedirectToTheLoginPage() {
        Reply reply = new Browser().get("/anon");

        assertEquals(303, reply.status());
        assertEquals("/login?error=PRE_SIGNED_KEY_MISSING", reply.location());
    }

    @Test
    void theJaxRsGuardsStillGuardThePortalsResources() {
        Reply anonymous = new Browser().send(new Browser().request("/guarded/any").header("Accept", "application/json").GET());
        Browser visitor = new Browser();
        visitor.get("/anon/" + METER_KEY + "/meter-reading");

        assertEquals(401, anonymous.status());
        assertEquals("UNAUTHENTICATED", Json.object(anonymous.body()).getString("error"));
        assertEquals("entered scoped", visitor.get("/guarded/any").body());
    }
}
