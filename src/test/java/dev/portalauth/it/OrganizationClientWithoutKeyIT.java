package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * The organisation client without {@code kraken.organization-key}: the portal deploys and serves, and using the
 * organisation client says which key to set (to the page that used it and in the log), calling
 * Kraken not at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationClientWithoutKeyIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().without("kraken.organization-key").build();
    }

    private final Simulator kraken = new Simulator();

    @Test
    void thePortalDeploysAndUsingTheClientNamesTheKeyToSet() {
        kraken.reset();
        assertEquals(200, new Browser().get("/").status(), "deployed and serving");

        Reply page = new Browser().get("/products");

        assertTrue(page.body().contains("KPA-ORG-001"), page.body());
        assertTrue(page.body().contains("kraken.organization-key"), page.body());
        assertTrue(page.body().contains("KRAKEN_ORGANIZATION_KEY"), page.body());
        assertEquals(0, kraken.calls("obtainKrakenToken.organizationSecretKey"));
        assertTrue(ServerLog.text().contains("KPA-ORG-001 the organisation Kraken client needs an organisation secret key:"
                + " set kraken.organization-key"), "the operator reads it in the log");
    }
}
