package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * {@code kraken.auth.trust-unverified-tokens=true} (development only) trusts a token's decoded
 * claims — still of the right kind — and says so: a start-up warning and {@code "unverified":true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentTrustIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().without("kraken.jwks-uri")
                .with("kraken.auth.trust-unverified-tokens", "true").build();
    }

    private final Simulator kraken = new Simulator();

    @Test
    void decodedClaimsMakeASessionThatSaysItIsUnverified() {
        Browser browser = new Browser().cookie("masqueradeToken", kraken.mint("masquerade", DEMO_USER_ID, null, 3600));

        JsonObject session = Json.object(browser.get("/api/auth/session").body());

        assertEquals("masquerade", session.getString("authMethod"));
        assertTrue(session.getBoolean("unverified"));
        assertTrue(ServerLog.text().contains("KPA-TOKEN-005"), "the start-up warning");
    }

    @Test
    void aBoundSessionIsNotUnverified() {
        JsonObject session = Json.object(Sessions.loggedIn().get("/api/auth/session").body());

        assertEquals("access-token", session.getString("authMethod"));
        assertFalse(session.containsKey("unverified"));
    }

    @Test
    void theKindStillHasToFit() {
        Browser browser = new Browser().cookie("masqueradeToken", kraken.mint("scoped", null, Fixtures.ACCOUNT, 3600));

        assertEquals("none", Json.object(browser.get("/api/auth/session").body()).getString("authMethod"));
    }
}
