package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * Mobile web view is off by default: a genuine {@code MWAuthToken} of another user, planted by a
 * sibling subdomain, does not swap the logged-in visitor into that account, and the module leaves
 * the cookie alone (it is not the module's cookie then).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileWebViewOffIT {

    private static final String ATTACKER_USER_ID = "102";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aPlantedMobileWebViewTokenIsIgnoredAndTheVictimsOwnSessionWins() {
        Browser victim = Sessions.loggedIn();
        victim.cookie("MWAuthToken", kraken.mint("access", ATTACKER_USER_ID, null, 3600));

        Reply reply = victim.get("/probe");

        JsonObject session = Json.object(reply.body());
        assertEquals("access-token", session.getString("authMethod"));
        assertEquals("kraken|account-user:" + DEMO_USER_ID, session.getString("sub"));
        assertFalse(reply.sets("MWAuthToken"), "ignored means untouched");
    }

    @Test
    void aMobileWebViewTokenAloneIsNoSession() {
        Reply reply = new Browser().cookie("MWAuthToken", kraken.mint("access", DEMO_USER_ID, null, 3600)).get("/probe");

        assertEquals("none", Json.object(reply.body()).getString("authMethod"));
        assertFalse(reply.sets("MWAuthToken"));
    }
}
