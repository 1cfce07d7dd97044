package dev.portalauth.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the test kit puts into an application's deployment, and how its configuration meets the application's. */
class KrakenDeploymentSpec {

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    private static WebArchive portal() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war");
    }

    private static Properties config(WebArchive war) throws IOException {
        Properties props = new Properties();
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            props.load(in);
        }
        return props;
    }

    @Test
    void theModuleTheSimulatorAndTheirLibrariesJoinTheApplication() {
        WebArchive war = KrakenDeployment.simulated().addTo(portal());

        assertAll(
                () -> assertNotNull(war.get("/WEB-INF/classes/dev/portalauth/Session.class"), "the module"),
                () -> assertNotNull(war.get("/WEB-INF/classes/dev/portalauth/simulator/KrakenSimulatorServlet.class")),
                () -> assertNotNull(war.get("/WEB-INF/classes/simulator/fixtures.json")),
                () -> assertTrue(war.getContent(p -> p.get().startsWith("/WEB-INF/lib/nimbus-jose-jwt")).size() == 1),
                () -> assertTrue(war.getContent(p -> p.get().startsWith("/WEB-INF/lib/graphql-java")).size() == 1),
                () -> assertNull(war.get("/WEB-INF/classes/dev/portalauth/testkit/Simulator.class"),
                        "the test side of the kit stays in the test"));
    }

    @Test
    void bouncyCastleJoinsUnlessTheTestLeavesItOut() {
        WebArchive with = KrakenDeployment.simulated().addTo(portal());
        WebArchive without = KrakenDeployment.simulated().withoutBouncyCastle().addTo(portal());

        assertEquals(1, with.getContent(p -> p.get().startsWith("/WEB-INF/lib/bcprov")).size());
        assertEquals(0, without.getContent(p -> p.get().startsWith("/WEB-INF/lib/bcprov")).size());
        assertEquals(1, without.getContent(p -> p.get().startsWith("/WEB-INF/lib/nimbus-jose-jwt")).size());
    }

    @Test
    void theModuleIsPointedAtTheSimulatorOnTheTestPort() throws IOException {
        Properties config = config(KrakenDeployment.simulated().addTo(portal()));

        assertEquals(KrakenDeployment.BASE + "/kraken/graphql/", config.getProperty("kraken.graphql-endpoint"));
        assertEquals(KrakenDeployment.BASE + "/kraken/jwks.json", config.getProperty("kraken.jwks-uri"));
        assertEquals(GuestTokenForge.pem(), config.getProperty("kraken.auth.guest.signing-key"));
        assertEquals("/anon", config.getProperty("kraken.auth.routes.anon.pathname"));
    }

    @Test
    void theApplicationsOwnConfigurationStaysExceptWhereTheKitMustWin() throws IOException {
        WebArchive war = portal().addAsResource(new StringAsset(
                "kraken.graphql-endpoint=https://api.example/graphql/\nkraken.auth.routes.dashboard.pathname=/home\n"),
                "META-INF/microprofile-config.properties");

        Properties config = config(KrakenDeployment.simulated().with("kraken.auth.refresh-margin", "PT5S")
                .without("kraken.organization-key").addTo(war));

        assertAll(
                () -> assertEquals("/home", config.getProperty("kraken.auth.routes.dashboard.pathname")),
                () -> assertEquals(KrakenDeployment.BASE + "/kraken/graphql/", config.getProperty("kraken.graphql-endpoint"),
                        "a test never reaches a real Kraken"),
                () -> assertEquals("PT5S", config.getProperty("kraken.auth.refresh-margin")),
                () -> assertFalse(config.containsKey("kraken.organization-key")));
    }

    @Test
    void aTestsOwnFixturesReplaceTheKits(@TempDir Path dir) throws IOException {
        Path fixtures = Files.writeString(dir.resolve("fixtures.json"), "{\"users\":[]}");

        WebArchive war = KrakenDeployment.simulated().fixtures(fixtures).addTo(portal());

        String location = config(war).getProperty("simulator.fixtures-location");
        try (InputStream in = war.get("/WEB-INF/classes/" + location).getAsset().openStream()) {
            assertEquals("{\"users\":[]}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anotherContextRootMovesTheSimulatorAndTellsLiberty() throws IOException {
        WebArchive war = KrakenDeployment.simulated().at("/portal").addTo(ShrinkWrap.create(WebArchive.class, "portal.war"));

        assertEquals(KrakenDeployment.BASE + "/portal/kraken/jwks.json", config(war).getProperty("kraken.jwks-uri"));
        try (InputStream in = war.get("/WEB-INF/ibm-web-ext.xml").getAsset().openStream()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("<context-root uri=\"/portal\"/>"));
        }
    }
}
