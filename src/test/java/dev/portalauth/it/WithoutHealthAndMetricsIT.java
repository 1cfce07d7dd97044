package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Reply;

/**
 * "on a portal's server without them the module still works". OpenLiberty with the
 * module's {@code server.xml} less {@code mpHealth} and {@code mpMetrics} hides those APIs from
 * the application, as a server without them would: the demo portal deploys, guests, logins and
 * pre-signed links work, and the server has no {@code /health} or {@code /metrics}. Runs in the
 * OpenLiberty leg (Payara Micro always has both).
 */
class WithoutHealthAndMetricsIT {

    private static LibertyServer server;

    @BeforeAll
    static void startWithoutTheFeatures() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("liberty.home") != null, "OpenLiberty leg only");
        String serverXml = withoutHealthAndMetrics(Files.readString(Path.of("server-config/liberty/server.xml")));
        String base = "http://localhost:" + LibertyServer.PORT;
        server = LibertyServer.start("bare", serverXml, PortalDeployment.demoPortal()
                .with("kraken.graphql-endpoint", base + "/kraken/graphql/")
                .with("kraken.jwks-uri", base + "/kraken/jwks.json")
                .build());
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    static String withoutHealthAndMetrics(String serverXml) {
        String bare = serverXml.replace("<feature>mpHealth-4.0</feature>", "")
                .replace("<feature>mpMetrics-5.1</feature>", "")
                .replaceAll("<mpMetrics [^>]*/>", "");
        assertFalse(bare.contains("mpHealth") || bare.contains("<mpMetrics") || bare.contains("mpMetrics-"), bare);
        return bare;
    }

    @Test
    void theServerHasNoHealthOrMetricsEndpoints() {
        // The WAR at / answers these paths itself (the demo's probe page): no check, no metric.
        Reply health = browser().get(server.base() + "/health/ready");
        Reply metrics = browser().get(server.base() + "/metrics");

        assertFalse(health.body().contains("\"checks\"") || health.body().contains("kraken-portal-auth"), health.body());
        assertFalse(metrics.body().contains("kpa_") || metrics.body().contains("# TYPE"), metrics.body());
    }

    @Test
    void aVisitorGetsAGuestToken() {
        Reply reply = browser().get(server.base() + "/");

        assertTrue(reply.cookies().size() > 0, reply.allHeaders());
    }

    @Test
    void theDemoUserLogsIn() {
        Browser browser = browser();

        Reply reply = browser.postForm(server.base() + "/api/auth/login",
                Map.of("email", Fixtures.DEMO_EMAIL, "password", Fixtures.DEMO_PASSWORD));

        assertEquals(303, reply.status(), reply.allHeaders());
        assertTrue(reply.sets("accessToken"), reply.allHeaders());
    }

    @Test
    void aPreSignedLinkGivesAScopedSession() {
        Reply reply = browser().get(server.base() + "/anon/" + Fixtures.METER_KEY + "/probe");

        assertTrue(reply.sets("scopedToken"), reply.allHeaders());
    }

    @Test
    void theLogHoldsNoErrorAndSaysTheMetricsStayInMemory() throws IOException {
        String log = server.log();

        assertTrue(log.contains("KPA-OBSERVE-001 "), log);

        assertFalse(log.contains("CWWKZ0002E") || log.contains("NoClassDefFoundError") || log.contains("FFDC1015I")
                || log.contains("CWNEN00"), log);
    }

    private static Browser browser() {
        return new Browser();
    }
}
