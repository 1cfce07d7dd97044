package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * SPEC 2: a missing required key or an invalid value stops deployment with a message naming the
 * key (every rule per key is specified by the unit tests of {@code AuthSettings} and the key loaders;
 * these show both start-up checks stop a real deployment).
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

    private static void assertNotServed(ServerProcess server) throws Exception {
        Reply reply = new Browser().get(server.base() + "/api/auth/session");
        assertNotEquals(200, reply.status());
        assertFalse(reply.body().contains("authMethod"), "the application is not running");
        assertTrue(Pattern.compile("\"Deployed\": \\[\\s*\\]").matcher(server.output()).find(),
                "Payara lists no deployed application");
    }
}
