package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The fault rules, on the server's own {@code /health} and {@code /metrics}: started
 * and ready once the signing key is loaded and the JWKS fetched; readiness not tied to Kraken
 * afterwards; counters that move with logins and exchanges; no token, key or address in either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndMetricsIT {

    /** An IPv4 address, or the IPv6 loopback, anywhere in a text. */
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b|::1\\b|localhost");

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.read-timeout", "PT2S")
                // A breaker that opens after a few failures and probes again soon, so that the outage
                // test opens it quickly and the other tests find it closed again.
                .with("kraken.breaker.request-volume", "4")
                .with("kraken.breaker.delay", "PT1S")
                .build();
    }

    private static final long BREAKER_DELAY_MS = 1_100;

    private final Simulator kraken = new Simulator();

    @BeforeAll
    static void started() throws InterruptedException {
        assertEquals(200, Observability.awaitStarted().status(), "the module started within a minute");
        Simulator.warmUp();
    }

    @AfterEach
    void krakenAnswersAgain() throws InterruptedException {
        kraken.reset();
        Thread.sleep(BREAKER_DELAY_MS); // an open breaker lets its probe through after the delay
    }

    @Test
    void startedAndReadyAreUpWithTheJwksFetchedAndTheBreakersReported() {
        Observability.Answer started = Observability.get("/health/started");
        Observability.Answer ready = Observability.get("/health/ready");

        assertEquals(200, started.status(), started.body());
        assertEquals(200, ready.status(), ready.body());
        for (String body : List.of(started.body(), ready.body())) {
            assertTrue(body.contains("\"kraken-portal-auth\""), body);
            assertTrue(body.replace(" ", "").contains("\"jwks\":\"fetched\""), body);
            assertTrue(body.contains("jwksAgeSeconds"), body);
            assertTrue(body.contains("breaker.graphql_auth"), body);
        }
    }

    @Test
    void readinessStaysUpWhileKrakenFailsEveryCall() {
        String metricsBefore = Observability.get("/metrics").body();
        kraken.fault("HTTP_500", 0);
        for (int i = 0; i < 6; i++) { // more than kraken.breaker.request-volume: the auth breaker opens
            new Browser().get("/anon/" + UUID.randomUUID().toString().replace("-", "") + "/probe");
        }

        Observability.Answer ready = Observability.get("/health/ready");
        Observability.Answer all = Observability.get("/health");

        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().replace(" ", "").contains("\"breaker.graphql_auth\":\"OPEN\""), ready.body());
        assertEquals(200, all.status(), all.body());
        String metrics = Observability.get("/metrics").body();
        assertEquals(2.0, Observability.sample(metrics, "kpa_kraken_breaker_state", "endpoint=\"graphql_auth\""), metrics);
        assertMoved(metricsBefore, metrics, "kpa_exchanges_total", "outcome=\"unavailable\"");
    }

    @Test
    void aLoginAndAnExchangeMoveTheirCountersAndTimers() {
        String before = Observability.get("/metrics").body();

        Sessions.loggedIn();
        Reply exchanged = new Browser().get("/anon/" + METER_KEY + "/probe");
        Reply guest = new Browser().get("/");

        assertTrue(exchanged.sets("scopedToken"), exchanged.allHeaders());
        assertTrue(guest.cookies().size() > 0, "a guest token was issued: " + guest.allHeaders());
        String after = Observability.get("/metrics").body();
        assertMoved(before, after, "kpa_logins_total", "outcome=\"success\"");
        assertMoved(before, after, "kpa_exchanges_total", "outcome=\"success\"");
        assertMoved(before, after, "kpa_kraken_call_seconds_count", "operation=\"login\"");
        assertMoved(before, after, "kpa_kraken_call_seconds_count", "operation=\"exchange\"");
        assertMoved(before, after, "kpa_guest_tokens_issued_total", null);
        assertTrue(Observability.listed(after, "kpa_masquerades_total", "outcome=\"rate_limited\""), after);
        assertTrue(Observability.listed(after, "kpa_cache_entries", "cache=\"kraken_tokens\""), after);
        assertTrue(Observability.listed(after, "kpa_kraken_bulkhead_rejections", "caller=\"anonymous\""), after);
        assertTrue(Observability.sample(after, "kpa_jwks_age_seconds", null) >= 0, after);
    }

    @Test
    void healthAndTheModulesMetricsHoldNoTokenKeyOrAddress() {
        Browser user = Sessions.loggedIn();
        Browser visitor = new Browser();
        visitor.get("/anon/" + METER_KEY + "/probe");
        List<String> secrets = new ArrayList<>(List.of(Fixtures.SECRETS));
        secrets.addAll(user.cookies().values());
        secrets.addAll(visitor.cookies().values());

        String health = Observability.get("/health").body();
        String metrics = Observability.get("/metrics").body();
        String ours = String.join("\n", metrics.lines().filter(l -> l.contains("kpa_")).toList());

        assertFalse(ours.isBlank(), metrics);
        for (String secret : secrets) {
            assertFalse(health.contains(secret), "a secret in /health");
            assertFalse(metrics.contains(secret), "a secret in /metrics");
        }
        assertFalse(ADDRESS.matcher(health).find(), health);
        assertFalse(ADDRESS.matcher(ours).find(), ours);
        assertFalse(health.contains("jwks.json") || ours.contains("jwks.json"), "no endpoint URI");
    }

    private static void assertMoved(String before, String after, String name, String label) {
        double was = Observability.sample(before, name, label);
        double is = Observability.sample(after, name, label);
        assertTrue(is > was, name + "{" + label + "} moved from " + was + ": " + after.lines()
                .filter(l -> l.startsWith(name)).toList());
    }
}
