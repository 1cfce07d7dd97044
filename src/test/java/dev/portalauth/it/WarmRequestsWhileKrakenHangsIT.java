package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * While Kraken hangs on as many pre-signed key exchanges as the anonymous bulkhead lets through (its
 * default, 16), logged-in visitors whose cookies need no Kraken call are answered as quickly as
 * ever: each hanging exchange holds a request thread, and the server's shipped configuration must
 * leave threads for everyone else (on OpenLiberty, {@code server-config/liberty/server.xml}'s
 * executor; its pool otherwise starts small and grows only every second or so). The bound is
 * generous (p95 under a second, against about 4 s of hanging), not a micro-benchmark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarmRequestsWhileKrakenHangsIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    /** {@code kraken.bulkhead.anonymous} at its default. */
    private static final int HANGING = 16;
    private static final int HANG_MS = 4000;
    private static final int WARM_CLIENTS = 4;
    private static final int WARM_REQUESTS_EACH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().build();
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    @BeforeAll
    static void warmUp() {
        Simulator.warmUp();
    }

    @Test
    void warmLoggedInRequestsKeepAnsweringQuicklyWhileExchangesHang() throws Exception {
        Map<String, String> session = Sessions.loggedIn().cookies();
        assertEquals(200, warm(session).status(), "the warm request works before Kraken hangs");
        kraken.fault("NONE", HANG_MS, EXCHANGES);
        ExecutorService pool = Executors.newFixedThreadPool(HANGING + WARM_CLIENTS);
        try {
            List<Future<Reply>> hanging = new ArrayList<>();
            for (int i = 0; i < HANGING; i++) {
                hanging.add(pool.submit(() -> new Browser().get("/anon/" + randomKey() + "/probe")));
            }
            Thread.sleep(500); // the exchanges are in and hang on Kraken

            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> warm = new ArrayList<>();
            for (int c = 0; c < WARM_CLIENTS; c++) {
                warm.add(pool.submit(() -> {
                    for (int i = 0; i < WARM_REQUESTS_EACH; i++) {
                        long start = System.nanoTime();
                        assertEquals(200, warm(session).status());
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> f : warm) {
                f.get();
            }
            assertEquals(HANGING, kraken.calls(EXCHANGES), "every exchange reached Kraken and was still hanging");
            for (Future<Reply> f : hanging) {
                assertTrue(f.get().status() < 500, "the exchanges end without a 5xx");
            }

            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
            assertTrue(p95 < 1000, "warm requests while " + HANGING + " exchanges hang: p95 " + p95 + " ms, all " + sorted);
        } finally {
            pool.shutdownNow();
            kraken.reset();
        }
    }

    /** A logged-in request that needs no Kraken call: the session as JSON. */
    private static Reply warm(Map<String, String> cookies) {
        Browser browser = new Browser();
        cookies.forEach(browser::cookie);
        return browser.get("/api/auth/session");
    }

    private static String randomKey() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
