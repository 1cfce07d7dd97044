package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_MASQUERADE_TOKEN;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.internal.graphql.AllowedDocuments;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GraphqlRoute;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * Whatever breaks the connection once Kraken has read a request (closed
 * or reset before any answer, headers only, half a body, no answer within the read timeout), the
 * operation reached Kraken exactly once and the visitor is told Kraken is unavailable: no 500, no
 * token. A connection Kraken closed while idle in the pool is not Kraken being down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KrakenFaultsIT {

    /** Fault modes of the simulator that break the connection, and {@code TIMEOUT}: an answer later than the read timeout. */
    static final List<String> FAULTS = List.of("CLOSE_AFTER_REQUEST", "RESET_AFTER_REQUEST", "HEADERS_ONLY",
            "CLOSE_CONNECTION", "TIMEOUT");
    /**
     * Like a server's keep-alive timeout. Both clients check a pooled connection before reusing it:
     * the JDK before every streamed POST, Apache's (RESTEasy on Liberty) once it was idle 2 s, so
     * this must exceed 2 s; Kraken's front (CloudFront, load balancers) keeps idle connections 60 s.
     */
    private static final int IDLE_CLOSE_MS = 3000;
    private static final List<String> SEEN_TOKENS = new CopyOnWriteArrayList<>();

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret or seen token in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .withFaultFront(IDLE_CLOSE_MS)
                .with("kraken.read-timeout", "PT1S")
                .build(); // PortalDeployment's breaker never opens: these tests count calls
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aKeyExchangeReachesKrakenOnce(String fault) {
        breakConnections(fault, "obtainKrakenToken.preSignedKey");

        Reply reply = new Browser().get("/anon/" + METER_KEY + "/probe");

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertFalse(reply.sets("scopedToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aLoginReachesKrakenOnce(String fault) {
        breakConnections(fault, "obtainKrakenToken.email");

        Reply reply = Sessions.formLogin(new Browser(), DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals(303, reply.status());
        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertFalse(reply.sets("accessToken"));
        assertEquals(1, kraken.calls("obtainKrakenToken.email"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aRefreshReachesKrakenOnceAndKeepsTheRefreshToken(String fault) {
        Browser user = Sessions.loggedIn().cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));
        SEEN_TOKENS.add(user.cookie("accessToken"));
        SEEN_TOKENS.add(user.cookie("refreshToken"));
        kraken.reset();
        breakConnections(fault, "obtainKrakenToken.refreshToken");

        Reply reply = user.get("/dashboard");

        assertEquals(303, reply.status());
        assertFalse(reply.clears("refreshToken"), "Kraken being unavailable says nothing about the refresh token");
        assertEquals(1, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aMasqueradeReachesKrakenOnce(String fault) {
        breakConnections(fault, "masqueradeAuthentication");

        Reply reply = new Browser().get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertFalse(reply.sets("masqueradeToken"));
        assertEquals(1, kraken.calls("masqueradeAuthentication"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aGraphqlRouteCallReachesKrakenOnceAndIsServiceUnavailable(String fault) {
        Browser user = Sessions.loggedIn();
        String viewerAccounts = AllowedDocuments.load("classpath:graphql/allowed.txt", getClass().getClassLoader())
                .byQuery("query ViewerAccounts { viewer { accounts { number status balance } } }").orElseThrow().id();
        breakConnections(fault, "viewer");

        Reply reply = GraphqlRoute.byId(user, viewerAccounts, Map.of());

        assertEquals(503, reply.status());
        assertEquals("KRAKEN_UNAVAILABLE", Json.object(reply.body()).getString("error"));
        assertFalse(reply.clears("accessToken"), "Kraken being unavailable says nothing about the session");
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void aPooledConnectionKrakenClosedWhileIdleIsNotKrakenBeingDown() throws InterruptedException {
        assertEquals("scoped", Json.object(new Browser().get("/anon/" + METER_KEY + "/probe").body())
                .getString("authMethod"));
        Thread.sleep(IDLE_CLOSE_MS + 1500L); // Kraken closed the pooled connection meanwhile

        Reply reply = new Browser().get("/anon/" + FEEDBACK_KEY + "/probe");

        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
        assertEquals(2, kraken.calls("obtainKrakenToken.preSignedKey"));
    }

    @Test
    void payaraWithoutTheJdkFlagIsToldAtStartUpHowToSaveAMillisecondPerCall() {
        boolean liberty = "liberty".equals(System.getProperty("arquillian.launch"));

        // RESTEasy (OpenLiberty) has no such check: nothing to say there.
        assertEquals(!liberty, ServerLog.text().contains("KPA-KRAKEN-015"));
    }

    static List<String> faults() {
        return FAULTS;
    }

    private void breakConnections(String fault, String operation) {
        kraken.fault(simulatorMode(fault), latencyMs(fault), operation);
    }

    /** The simulator's mode for {@code fault}: {@code TIMEOUT} is an answer with no fault, but late. */
    static String simulatorMode(String fault) {
        return fault.equals("TIMEOUT") ? "NONE" : fault;
    }

    /** How long the simulator waits before answering: past the deployments' 1 s read timeout for {@code TIMEOUT}. */
    static int latencyMs(String fault) {
        return fault.equals("TIMEOUT") ? 2500 : 0;
    }
}
