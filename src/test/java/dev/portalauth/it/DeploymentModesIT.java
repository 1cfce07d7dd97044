package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.portalauth.it.portal.PortalApplication;
import dev.portalauth.it.portal.WhoAmI;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * The two ways in: the production WAR deployed as it is (configured only through system
 * properties), and a portal's own WAR with the module's classes jar, whatever its
 * {@code @ApplicationPath}. Kraken is the simulator, alone in a third WAR.
 */
class DeploymentModesIT {

    private static ServerProcess server;

    @BeforeAll
    static void startTheThreeWars() throws Exception {
        String kraken = "http://localhost:" + ServerProcess.PORT + "/simulator/kraken";
        WebArchive gateway = ShrinkWrap.create(WebArchive.class, "gateway.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, Artifacts.built("kraken-portal-auth-*.war")));
        WebArchive portal = ShrinkWrap.create(WebArchive.class, "portal.war")
                .addAsLibrary(Artifacts.built("kraken-portal-auth-*-classes.jar"))
                .addAsLibraries(libraries("nimbus-jose-jwt"))
                .addAsLibraries(libraries("bcprov"))
                .addClasses(PortalApplication.class, WhoAmI.class)
                .addAsResource(new StringAsset("kraken.auth.routes.anon.pathname=/app/anon\n"
                        + "kraken.auth.routes.dashboard.pathname=/app/dashboard\n"),
                        "META-INF/microprofile-config.properties");
        server = ServerProcess.start("deployment-modes", List.of(
                "-Dkraken.graphql-endpoint=" + kraken + "/graphql/",
                "-Dkraken.jwks-uri=" + kraken + "/jwks.json"),
                gateway, portal, PortalDeployment.simulatorOnly("simulator.war"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theProductionWarServesTheBuiltInEndpointsAtItsContextRoot() {
        Reply session = new Browser().get(server.base() + "/gateway/api/auth/session");

        assertEquals(200, session.status());
        assertEquals("none", Json.object(session.body()).getString("authMethod"));
    }

    @Test
    void theProductionWarRunsTheChainOnEveryPathEvenWithoutPages() {
        Browser browser = new Browser();
        Reply anon = browser.get(server.base() + "/gateway/anon/" + METER_KEY + "/feedback");
        Reply dashboard = new Browser().get(server.base() + "/gateway/dashboard");
        Reply session = browser.get(server.base() + "/gateway/api/auth/session");

        assertTrue(anon.sets("scopedToken"), "the key was exchanged though no page lives there");
        assertEquals(ACCOUNT, Json.object(session.body()).getString("accountNumber"));
        assertEquals("/gateway/login?next=%2Fdashboard", dashboard.location(), "paths are inside the application");
    }

    @Test
    void aPortalWithTheClassesJarGetsItsSessionUnderItsOwnApplicationPath() {
        Browser browser = new Browser();
        Reply page = browser.get(server.base() + "/portal/app/anon/" + METER_KEY + "/meter");
        Reply session = browser.get(server.base() + "/portal/api/auth/session");

        assertEquals("scoped " + ACCOUNT, page.body());
        assertEquals("scoped", Json.object(session.body()).getString("authMethod"),
                "the built-in endpoints sit outside the portal's @ApplicationPath");
    }

    private static File[] libraries(String prefix) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(System.getProperty("it.libs")),
                prefix + "*.jar")) {
            return StreamSupport.stream(found.spliterator(), false).map(Path::toFile)
                    .toArray(File[]::new);
        }
    }
}
