package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * Payara started with {@code -Dsun.net.http.retryPost=false}, as docs/OPERATIONS.md recommends for
 * faster Kraken calls: the bodies go whole, and whatever breaks the connection once Kraken has read a
 * request, the call still reached Kraken once and the visitor is told Kraken is unavailable. A
 * connection Kraken's front closed after the JDK's keep-alive time is not Kraken being down.
 * (The same faults with the default, streamed bodies: {@link KrakenFaultsIT}.)
 */
class WholeBodiesOnPayaraIT {

    /** Longer than the JDK keeps an idle connection (5 s) when the server does not say. */
    private static final int IDLE_CLOSE_MS = 5500;

    private static ServerProcess server;
    private static ClusterVisitors kraken;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        WebArchive war = PortalDeployment.demoPortal().withoutKrakenOAuth()
                .withFaultFront(IDLE_CLOSE_MS)
                .with("kraken.jwks-uri", "http://localhost:" + ServerProcess.PORT + "/kraken/jwks.json")
                .with("kraken.read-timeout", "PT1S")
                .build();
        server = ServerProcess.start("whole-bodies", List.of("-Dsun.net.http.retryPost=false"), war);
        kraken = new ClusterVisitors(server.base() + "/kraken");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void resetKraken() {
        kraken.control("reset", "{}");
    }

    @Test
    void theServerDoesNotSuggestTheFlagItWasStartedWith() throws IOException {
        assertFalse(server.output().contains("KPA-KRAKEN-015"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.portalauth.it.KrakenFaultsIT#faults")
    void aKeyExchangeReachesKrakenOnce(String fault) {
        kraken.control("faults", "{\"mode\":\"" + KrakenFaultsIT.simulatorMode(fault) + "\",\"latencyMs\":"
                + KrakenFaultsIT.latencyMs(fault) + ",\"operations\":[\"obtainKrakenToken.preSignedKey\"]}");

        Reply reply = new Browser().get(server.base() + "/anon/" + METER_KEY + "/probe");

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertFalse(reply.sets("scopedToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"));
    }

    @Test
    void aPooledConnectionTheFrontClosedAfterTheJdksKeepAliveTimeIsNotKrakenBeingDown() throws InterruptedException {
        assertEquals("scoped", ClusterVisitors.probe(new Browser(), server.base() + "/anon/" + METER_KEY)
                .getString("authMethod"));
        Thread.sleep(IDLE_CLOSE_MS + 500L);

        Reply reply = new Browser().get(server.base() + "/anon/" + FEEDBACK_KEY + "/probe");

        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
        assertEquals(2, kraken.calls("obtainKrakenToken.preSignedKey"));
    }
}
