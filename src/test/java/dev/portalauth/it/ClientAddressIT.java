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
 * The fault rules, the client's address behind a trusted proxy (here the test client, on localhost): the
 * right-most address of X-Forwarded-For that is not a trusted proxy is what Kraken hears as
 * x-kraken-client-ip and what rate limits key on; the Forwarded header is not read; the proxy's
 * X-Forwarded-Proto/-Host make the portal's origin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientAddressIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    /** The deployed portal, warmed up before the first test. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().withoutKrakenOAuth()
                .with("kraken.x-client-ip-secret-key", "client-address-it-secret")
                .with("kraken.auth.trusted-proxies", "127.0.0.0/8, ::1, 10.0.0.0/8")
                .with("kraken.auth.rate-limit.exchange", "2/PT1M")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static String randomKey() {
        return "random-" + UUID.randomUUID();
    }

    private static String clientIpKrakenSaw() {
        JsonObject seen = Json.object(new Browser().get("/kraken/_control/client-ip").body());
        return seen.getString("x-kraken-client-ip", "(none)");
    }

    private static Reply exchangeAs(String forwardedFor) {
        return new Browser().header("X-Forwarded-For", forwardedFor).get("/anon/" + randomKey() + "/probe");
    }

    @Test
    void theAddressTheTrustedProxyReportsReachesKraken() {
        exchangeAs("198.51.100.21");

        assertEquals("198.51.100.21", clientIpKrakenSaw());
    }

    @Test
    void theRightMostAddressThatIsNotATrustedProxyWinsOverWhatTheClientWroteBeforeIt() {
        exchangeAs("192.0.2.66, 198.51.100.22, 10.1.2.3");

        assertEquals("198.51.100.22", clientIpKrakenSaw());
    }

    @Test
    void theForwardedHeaderIsIgnoredWhenXForwardedForIsTheConfiguredOne() {
        new Browser().header("X-Forwarded-For", "198.51.100.23").header("Forwarded", "for=192.0.2.99")
                .get("/anon/" + randomKey() + "/probe");

        assertEquals("198.51.100.23", clientIpKrakenSaw());
    }

    @Test
    void clientsBehindTheProxyAreLimitedSeparately() {
        exchangeAs("198.51.100.24");
        exchangeAs("198.51.100.24");
        Reply limited = exchangeAs("198.51.100.24");

        Reply other = exchangeAs("198.51.100.25");

        assertAll(
                () -> assertEquals("/login?error=RATE_LIMITED", limited.location()),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", other.location()),
                () -> assertEquals(3, kraken.calls(EXCHANGES)));
    }

    @Test
    void ipv6ClientsOfOneSlash64ShareABucket() {
        exchangeAs("2001:db8:1:2::1");
        exchangeAs("2001:db8:1:2:ffff::9");
        Reply limited = exchangeAs("2001:db8:1:2::abcd");

        Reply otherNetwork = exchangeAs("2001:db8:1:3::1");

        assertAll(
                () -> assertEquals("/login?error=RATE_LIMITED", limited.location()),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", otherNetwork.location()),
                () -> assertEquals("2001:db8:1:3::1", clientIpKrakenSaw()));
    }

    @Test
    void theTrustedProxysProtoAndHostMakeThePortalsOrigin() {
        Reply reply = new Browser().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "portal.example")
                .header("Origin", "https://portal.example")
                .postJson("/api/auth/login", "{\"email\":\"demo@example.com\",\"password\":\"wrong\"}");

        assertEquals(401, reply.status(), "same-origin as the proxy reports it: the login is tried");
    }
}
