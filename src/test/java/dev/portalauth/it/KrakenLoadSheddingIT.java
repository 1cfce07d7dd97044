package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The fault rules and "Bounded": a breaker per Kraken endpoint opened by
 * unavailability alone fails calls at once without reaching Kraken and recovers through one probe;
 * a flood of anonymous calls while Kraken hangs takes only its bulkhead's slots, is refused at once
 * beyond them, and leaves logged-in users their own; repeated warnings make one log line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KrakenLoadSheddingIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final int VOLUME = 4;
    private static final long DELAY_MS = 2000;
    private static final int ANONYMOUS_SLOTS = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.read-timeout", "PT4S")
                .with("kraken.breaker.request-volume", Integer.toString(VOLUME))
                // All of the last four, so each test knows which call opens it (ratios: CircuitBreakerTest).
                .with("kraken.breaker.failure-ratio", "1")
                .with("kraken.breaker.delay", "PT" + DELAY_MS / 1000 + "S")
                .with("kraken.bulkhead.anonymous", Integer.toString(ANONYMOUS_SLOTS))
                .with("kraken.bulkhead.session", "2")
                .build();
    }

    private final Simulator kraken = new Simulator();

    /** Each test starts with Kraken answering and a closed breaker, whatever the one before left. */
    @BeforeEach
    void krakenAnswersAndTheBreakerIsClosed() throws InterruptedException {
        kraken.reset();
        long deadline = System.currentTimeMillis() + DELAY_MS + 3000;
        while (!exchange(METER_KEY).location().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        kraken.reset();
    }

    @Test
    void krakenUnavailableOpensTheAuthBreakerWhichFailsAtOnceWithoutACallThenOneProbeClosesIt() throws Exception {
        Browser user = Sessions.loggedIn();
        kraken.fault("HTTP_500", 0, EXCHANGES);
        for (int i = 0; i < VOLUME; i++) {
            assertUnavailable(exchange(randomKey()));
        }
        assertEquals(VOLUME, kraken.calls(EXCHANGES));

        kraken.reset(); // Kraken is back, but the breaker does not know yet
        assertUnavailable(exchange(METER_KEY));
        assertEquals(0, kraken.calls(EXCHANGES), "an open breaker calls nobody");
        assertEquals(200, user.get("/dashboard").status(), "the GraphQL endpoint has its own breaker");

        Thread.sleep(DELAY_MS + 200);
        assertEquals("scoped", Json.object(exchange(METER_KEY).body()).getString("authMethod"), "the probe");
        assertEquals("scoped", Json.object(exchange(FEEDBACK_KEY).body()).getString("authMethod"), "closed again");
        assertEquals(2, kraken.calls(EXCHANGES));
    }

    @Test
    void krakenRefusalsRateLimitsIncludedNeverOpenTheBreaker() {
        kraken.graphqlError("KT-CT-1199", "obtainKrakenToken");
        for (int i = 0; i < VOLUME * 2; i++) {
            assertEquals("/login?error=RATE_LIMITED", exchange(randomKey()).location());
        }
        kraken.reset();
        for (int i = 0; i < VOLUME * 2; i++) {
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", exchange(randomKey()).location());
        }

        assertEquals("scoped", Json.object(exchange(METER_KEY).body()).getString("authMethod"));
        assertEquals(VOLUME * 2 + 1, kraken.calls(EXCHANGES));
    }

    @Test
    void anHttp429FromKrakensEdgeIsRateLimitedAndNeverOpensTheBreaker() {
        kraken.fault("HTTP_429", 0, EXCHANGES);
        for (int i = 0; i < VOLUME * 2; i++) {
            assertEquals("/login?error=RATE_LIMITED", exchange(randomKey()).location());
        }
        kraken.reset();

        assertEquals("scoped", Json.object(exchange(METER_KEY).body()).getString("authMethod"));
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void aFloodWhileKrakenHangsTakesOnlyTheAnonymousSlotsIsRefusedAtOnceAndLeavesSessionsTheirs() throws Exception {
        Browser user = Sessions.loggedIn();
        kraken.fault("NONE", 3000, EXCHANGES);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Long>> refusedIn = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                refusedIn.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    Reply reply = exchange(randomKey());
                    return reply.location().equals("/login?error=KRAKEN_UNAVAILABLE")
                            ? (System.nanoTime() - start) / 1_000_000 : -1L;
                }));
            }
            Thread.sleep(500); // the flood is in: two calls hang on Kraken, the rest were refused

            assertEquals(200, user.get("/dashboard").status(), "a logged-in user's Kraken query is not starved");
            assertEquals(ANONYMOUS_SLOTS, kraken.calls(EXCHANGES));
            int refused = 0;
            for (Future<Long> millis : refusedIn) {
                long took = millis.get();
                if (took >= 0) {
                    refused++;
                    assertTrue(took < 1500, "refused at once, not after Kraken's 3 s: " + took + " ms");
                }
            }
            assertEquals(10 - ANONYMOUS_SLOTS, refused);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFloodAgainstAnOpenBreakerAddsAtMostOneWarningLine() throws Exception {
        kraken.fault("HTTP_500", 0, EXCHANGES);
        for (int i = 0; i < VOLUME; i++) {
            exchange(randomKey());
        }
        int unavailableBefore = count("KPA-KRAKEN-001");
        int openBefore = count("KPA-KRAKEN-004");

        for (int i = 0; i < 40; i++) {
            assertUnavailable(exchange(randomKey()));
        }

        // At most one line per minute; Liberty writes each line to messages.log and console.log.
        assertTrue(count("KPA-KRAKEN-004") - openBefore <= 2, "one line per minute for the refusals");
        assertEquals(unavailableBefore, count("KPA-KRAKEN-001"), "no call went out, so none failed");
    }

    private static Reply exchange(String key) {
        return new Browser().get("/anon/" + key + "/probe");
    }

    private static void assertUnavailable(Reply reply) {
        assertEquals(303, reply.status());
        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
    }

    private static int count(String code) {
        Matcher matcher = Pattern.compile(Pattern.quote(code)).matcher(ServerLog.text());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String randomKey() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
