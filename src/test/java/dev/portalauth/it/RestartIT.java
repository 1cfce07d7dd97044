package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * Stateless by design: what a browser holds survives a server restart (or another node) with no
 * server-side store — the scoped session from a key without asking Kraken again, and the guest.
 */
class RestartIT {

    @Test
    void aScopedSessionAndTheGuestSurviveARestartWithoutAnotherKrakenCall() throws Exception {
        WebArchive war = PortalDeployment.demoPortal()
                .with("kraken.graphql-endpoint", "http://localhost:" + ServerProcess.PORT + "/kraken/graphql/")
                .with("kraken.jwks-uri", "http://localhost:" + ServerProcess.PORT + "/kraken/jwks.json")
                .with("kraken.auth.guest.signing-key", GuestTokenForge.pem())
                .build();
        Browser browser = new Browser();
        JsonObject before;
        try (ServerProcess first = ServerProcess.start("restart-1", war)) {
            before = Json.object(browser.get(first.base() + "/anon/" + METER_KEY + "/probe").body());
        }

        try (ServerProcess second = ServerProcess.start("restart-2", war)) {
            Reply after = browser.get(second.base() + "/anon/" + METER_KEY + "/probe");
            JsonObject calls = Json.object(browser.get(second.base() + "/kraken/_control/calls").body());

            assertEquals("scoped", before.getString("authMethod"));
            assertEquals("scoped", Json.object(after.body()).getString("authMethod"));
            assertEquals(0, calls.getInt("obtainKrakenToken.preSignedKey"), "the cookie was reused, not the key");
            assertFalse(after.sets("scopedToken"));
            assertEquals(before.getJsonObject("guest").getString("id"),
                    Json.object(after.body()).getJsonObject("guest").getString("id"));
        }
    }
}
