package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * A peer that is not a trusted proxy (here the test client, on localhost, while only
 * 192.0.2.0/24 is trusted) cannot choose its address with X-Forwarded-For, nor the portal's origin
 * with X-Forwarded-Host: Kraken hears the peer, and the peer has one bucket whatever it writes.
 * (No warm-up: it would spend the peer's exchange tokens.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UntrustedPeerIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.x-client-ip-secret-key", "untrusted-peer-it-secret")
                .with("kraken.auth.trusted-proxies", "192.0.2.0/24")
                .with("kraken.auth.rate-limit.exchange", "2/PT1M")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void anUntrustedPeersXForwardedForIsIgnoredForKrakenAndForLimits() {
        String peer = "127.0.0.1";
        Reply first = new Browser().header("X-Forwarded-For", "198.51.100.31").get("/anon/" + randomKey() + "/probe");
        JsonObject seen = Json.object(new Browser().get("/kraken/_control/client-ip").body());
        Reply second = new Browser().header("X-Forwarded-For", "198.51.100.32").get("/anon/" + randomKey() + "/probe");
        Reply third = new Browser().header("X-Forwarded-For", "198.51.100.33").get("/anon/" + randomKey() + "/probe");

        assertAll(
                () -> assertEquals(peer, seen.getString("x-kraken-client-ip", "(none)")),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", first.location()),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", second.location()),
                () -> assertEquals("/login?error=RATE_LIMITED", third.location(), "one bucket: the peer's"),
                () -> assertEquals(2, kraken.calls(EXCHANGES)));
    }

    @Test
    void anUntrustedPeersXForwardedHostDoesNotMakeThePortalsOrigin() {
        Reply reply = new Browser().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "portal.example")
                .header("Origin", "https://portal.example")
                .postJson("/api/auth/login", "{\"email\":\"demo@example.com\",\"password\":\"wrong\"}");

        assertEquals(403, reply.status());
        assertEquals("CROSS_SITE", Json.object(reply.body()).getString("error"));
    }

    private static String randomKey() {
        return "random-" + UUID.randomUUID();
    }
}
