package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;

/**
 * The JOSE code that runs is the one the build tested: the classes jar portals embed carries the
 * Nimbus JOSE+JWT the pom declares, relocated into the module's own package, so a server's own copy
 * (Payara Micro ships an older one) cannot stand in for it. Deployed as a portal embeds it, with the
 * WAR's own (unrelocated) Nimbus beside it for the simulator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclaredNimbusIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().moduleAsClassesJar().build();
    }

    @Test
    void theModuleRunsTheDeclaredNimbusFromItsOwnJar() {
        JsonObject nimbus = Json.object(new Browser().get("/jose-probe").body());

        assertEquals(System.getProperty("it.nimbus.version"), nimbus.getString("version"), nimbus.toString());
        assertTrue(nimbus.getString("class").startsWith("dev.portalauth.internal."), nimbus.toString());
        assertTrue(nimbus.getString("location").contains("kraken-portal-auth-"), nimbus.toString());
    }

    @Test
    void tokensSignAndVerifyWithIt() {
        Browser browser = Sessions.loggedIn();

        assertEquals("access-token", authMethod(browser.get("/probe")));
        assertEquals("access-token", authMethod(browser.get("/probe")), "the binding signed at login verifies");
    }

    private static String authMethod(Reply reply) {
        return Json.object(reply.body()).getString("authMethod");
    }
}
