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

/**
 * The start-up check is DOWN until a configured JWKS has been fetched once, and readiness
 * follows it. Here {@code kraken.jwks-uri} names a port nothing listens on: the node is neither
 * started nor ready, says why, and still serves (a load balancer keeps it out; nothing breaks).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartupWithoutJwksIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.jwks-uri", "http://127.0.0.1:1/jwks.json")
                .build();
    }

    @Test
    void aJwksNeverFetchedKeepsStartedAndReadyDownAndSaysSo() {
        Observability.Answer started = Observability.get("/health/started");
        Observability.Answer ready = Observability.get("/health/ready");

        assertEquals(503, started.status(), started.body());
        assertEquals(503, ready.status(), ready.body());
        assertTrue(started.body().replace(" ", "").contains("\"jwks\":\"notfetchedyet\""), started.body());
        assertTrue(ready.body().contains("kraken-portal-auth"), ready.body());
    }

    @Test
    void livenessIsTheJvmsAndHasNoCheckOfTheModule() {
        Observability.Answer live = Observability.get("/health/live");

        assertEquals(200, live.status(), live.body());
        assertTrue(!live.body().contains("kraken-portal-auth"), live.body());
    }

    @Test
    void theModuleServesMeanwhile() {
        Reply reply = new Browser().get("/");

        assertTrue(reply.cookies().size() > 0, "a guest token: " + reply.allHeaders());
    }
}
