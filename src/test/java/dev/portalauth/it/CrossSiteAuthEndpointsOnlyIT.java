package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.ownlogin.OwnLoginPages;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * {@code kraken.auth.cross-site.protect=auth-endpoints}: the portal's own forms are left to
 * {@code SameSite} cookies as before, while the module's login and logout, and an application's
 * own login through Jakarta Security, still refuse cross-site requests — the latter with the
 * readable {@code CROSS_SITE} in {@code Session.loginFailure()}, since nothing refused it earlier.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteAuthEndpointsOnlyIT {

    private static final String EVIL = "https://evil.example";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.cross-site.protect", "auth-endpoints")
                .withClasses(OwnLoginPages.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aCrossSitePostToThePortalsOwnFormRunsAsBefore() {
        Browser user = Sessions.loggedIn().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site");

        Reply reply = user.postForm("/dashboard/meter-reading", Map.of("reading", "12345"));

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("Your reading has been recorded"), reply.body());
    }

    @Test
    void theBuiltInLoginStillRefusesACrossSitePost() {
        Reply reply = Sessions.formLogin(new Browser().header("Origin", EVIL), DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(403, reply.status());
        assertEquals("CROSS_SITE", Json.object(reply.body()).getString("error"));
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }

    @Test
    void anApplicationsOwnLoginReadsCrossSiteAsItsFailure() {
        Reply reply = new Browser().header("Origin", EVIL)
                .postForm("/own/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertEquals(299, reply.status(), "the application answered");
        assertEquals("CROSS_SITE", Json.object(reply.body()).getString("failure"));
        assertFalse(reply.sets("accessToken"));
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }
}
