package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Reply;

/**
 * A missing required key, an invalid value or a configuration that cannot be safe
 * stops deployment with a message naming the keys (every rule per key is specified by the unit
 * tests of {@code AuthSettings} and the key loaders; these show the start-up checks stop a real
 * deployment).
 */
class BadConfigurationIT {

    @Test
    void aMissingKrakenEndpointStopsDeploymentNamingTheKey() throws Exception {
        try (ServerProcess server = ServerProcess.start("missing-endpoint",
                PortalDeployment.demoPortal().without("kraken.graphql-endpoint").build())) {

            assertTrue(server.output().contains("KPA-CONFIG-001 kraken.graphql-endpoint: is required"));
            assertNotServed(server);
        }
    }

    @Test
    void anUnusableSigningKeyStopsDeploymentNamingTheKeyWithoutEchoingIt() throws Exception {
        try (ServerProcess server = ServerProcess.start("bad-signing-key", PortalDeployment.demoPortal()
                .with("kraken.auth.guest.signing-key", "-----BEGIN PRIVATE KEY-----\nQUFBQUFBQUFB\n-----END PRIVATE KEY-----")
                .build())) {
            String log = server.output();

            assertTrue(log.contains("kraken.auth.guest.signing-key: "), "the key is named");
            assertFalse(log.contains("QUFBQUFBQUFB"), "key material is never echoed");
            assertNotServed(server);
        }
    }

    @Test
    void configurationThatCannotBeSafeStopsDeploymentNamingTheKeys() throws Exception {
        try (ServerProcess server = ServerProcess.start("unsafe-config", PortalDeployment.demoPortal()
                .with("kraken.auth.routes.dashboard.pathname", "/anon/dashboard")
                .with("kraken.graphql-auth-endpoint", "http://kraken.example/graphql/")
                .build())) {
            String log = server.output();

            assertTrue(log.contains("kraken.auth.routes.dashboard.pathname: entry 1 overlaps entry 1 of "
                    + "kraken.auth.routes.anon.pathname"), "overlapping routes are named");
            assertTrue(log.contains("kraken.graphql-auth-endpoint: plain http is allowed only to a loopback address"),
                    "the insecure endpoint is named");
            assertTrue(log.contains("kraken.allow-insecure-http=true"), "the way out is named");
            assertNotServed(server);
        }
    }

    @Test
    void theTestKitsSigningKeyStopsAProductionWarNamingTheSettingWithoutEchoingIt() throws Exception {
        String pem = GuestTokenForge.pem();
        WebArchive production = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, Artifacts.built("kraken-portal-auth-*.war")))
                .addAsResource(new StringAsset("kraken.graphql-endpoint=http://localhost:9/graphql/\n"
                        + "kraken.auth.guest.signing-key=" + pem.strip().replace("\n", "\\n") + "\n"),
                        "META-INF/microprofile-config.properties");
        try (ServerProcess server = ServerProcess.start("shipped-key", production)) {
            String log = server.output();

            assertTrue(log.contains("KPA-TOKEN-106 kraken.auth.guest.signing-key: is the test kit's guest signing key"),
                    "the setting is named");
            String body = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
            assertFalse(log.contains(body.substring(0, 24)), "key material is never echoed");
            assertNotServed(server);
        }
    }

    @Test
    void anAllowedGraphqlDocumentThatIsNotOneOperationStopsDeploymentNamingTheKeyAndTheFile(@TempDir Path documents)
            throws Exception {
        Files.writeString(documents.resolve("viewer.graphql"), "query Viewer { viewer { id } }");
        Files.writeString(documents.resolve("two.graphql"), "query A { viewer { id } }\nquery B { viewer { email } }");
        try (ServerProcess server = ServerProcess.start("bad-graphql-document", PortalDeployment.demoPortal()
                .with("kraken.auth.graphql-proxy.documents", documents.toString()).build())) {

            assertTrue(server.output().contains("KPA-GRAPHQL-001 kraken.auth.graphql-proxy.documents: two.graphql: "
                    + "a document holds one operation, this one 2"), "the key and the file are named");
            assertNotServed(server);
        }
    }

    private static void assertNotServed(ServerProcess server) throws Exception {
        Reply reply = new Browser().get(server.base() + "/api/auth/session");
        assertNotEquals(200, reply.status());
        assertFalse(reply.body().contains("authMethod"), "the application is not running");
        assertTrue(Pattern.compile("\"Deployed\": \\[\\s*\\]").matcher(server.output()).find(),
                "Payara lists no deployed application");
    }
}
