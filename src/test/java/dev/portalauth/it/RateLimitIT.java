package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_MASQUERADE_TOKEN;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/**
 * The fault rules, rate limits per client: a flood of random keys, passwords or refresh tokens from one
 * client costs Kraken at most the client's limit; what is over it is refused as RATE_LIMITED without
 * a Kraken call and without clearing a cookie, and a key Kraken refused is not sent again. The test
 * client is behind a trusted proxy (localhost), so each test is a client of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final String LOGINS = "obtainKrakenToken.email";
    private static final String REFRESHES = "obtainKrakenToken.refreshToken";
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.x-client-ip-secret-key", "rate-limit-it-secret")
                .with("kraken.auth.trusted-proxies", "127.0.0.1, ::1")
                .with("kraken.auth.rate-limit.exchange", "3/PT1M")
                .with("kraken.auth.rate-limit.login", "2/PT1M")
                .with("kraken.auth.rate-limit.refresh", "1/PT1M")
                .with("kraken.auth.rate-limit.masquerade", "1/PT1M")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    /** A browser of its own client address, as the trusted proxy (localhost) reports it. */
    private static Browser newClient() {
        return new Browser().header("X-Forwarded-For", "198.51.100." + CLIENTS.getAndIncrement());
    }

    private static String randomKey() {
        return "random-" + UUID.randomUUID();
    }

    @Test
    void randomKeysBeyondTheExchangeLimitAreRateLimitedWithoutAKrakenCall() {
        Browser attacker = newClient();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            locations.add(attacker.get("/anon/" + randomKey() + "/probe").location());
        }

        assertAll(
                () -> assertEquals(3, kraken.calls(EXCHANGES), "Kraken calls = the limit"),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", locations.get(2)),
                () -> assertEquals("/login?error=RATE_LIMITED", locations.get(3)),
                () -> assertEquals("/login?error=RATE_LIMITED", locations.get(9)));
    }

    @Test
    void aKeyKrakenRefusedIsRefusedAgainWithoutAskingKraken() {
        String key = randomKey();
        Reply first = newClient().get("/anon/" + key + "/probe");
        Reply again = newClient().get("/anon/" + key + "/probe");

        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", first.location());
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", again.location());
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void aRememberedRefusedKeyTakesNoToken() {
        Browser client = newClient();
        String key = randomKey();
        for (int i = 0; i < 5; i++) {
            client.get("/anon/" + key + "/probe");
        }

        Reply fresh = client.get("/anon/" + randomKey() + "/probe");

        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", fresh.location(), "the second of three tokens");
        assertEquals(2, kraken.calls(EXCHANGES));
    }

    @Test
    void concurrentRequestsWithTheSameKeyTakeOneToken() throws Exception {
        Browser client = newClient();
        String forwarded = client.request("/").build().headers().firstValue("X-Forwarded-For").orElseThrow();
        kraken.fault("NONE", 300);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> new Browser().header("X-Forwarded-For", forwarded)
                        .get("/anon/" + METER_KEY + "/probe")));
            }
            for (Future<Reply> reply : replies) {
                assertEquals(200, reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        kraken.fault("NONE", 0);
        assertEquals(1, kraken.calls(EXCHANGES));

        Reply second = client.get("/anon/" + randomKey() + "/probe");
        Reply third = client.get("/anon/" + randomKey() + "/probe");
        Reply fourth = client.get("/anon/" + randomKey() + "/probe");

        assertAll(
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", second.location()),
                () -> assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", third.location()),
                () -> assertEquals("/login?error=RATE_LIMITED", fourth.location()),
                () -> assertEquals(3, kraken.calls(EXCHANGES)));
    }

    @Test
    void aBoundScopedCookieIsReusedWithoutTakingAToken() {
        Browser client = newClient();
        for (int i = 0; i < 6; i++) {
            assertEquals(200, client.get("/anon/" + METER_KEY + "/probe/step-" + i).status());
        }
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void aJsonLoginOverTheLimitAnswers429WithRetryAfter() {
        Browser client = newClient();
        String wrong = "{\"email\":\"demo@example.com\",\"password\":\"not-the-password\"}";
        Reply first = client.postJson("/api/auth/login", wrong);
        Reply second = client.postJson("/api/auth/login", wrong);
        Reply third = client.postJson("/api/auth/login", wrong);

        int retryAfter = Integer.parseInt(third.header("Retry-After").orElse("-1"));
        assertAll(
                () -> assertEquals(401, first.status()),
                () -> assertEquals(401, second.status()),
                () -> assertEquals(429, third.status()),
                () -> assertEquals("RATE_LIMITED", Json.object(third.body()).getString("error")),
                () -> assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter),
                () -> assertEquals(2, kraken.calls(LOGINS)));
    }

    @Test
    void aFormLoginOverTheLimitRedirectsWithRateLimited() {
        Browser client = newClient();
        Sessions.formLogin(client, "demo@example.com", "wrong-1");
        Sessions.formLogin(client, "demo@example.com", "wrong-2");

        Reply third = Sessions.formLogin(client, "demo@example.com", "wrong-3");

        assertEquals("/login?error=RATE_LIMITED", third.location());
        assertEquals(2, kraken.calls(LOGINS));
    }

    @Test
    void aRateLimitedRefreshKeepsTheCookies() {
        String forwarded = "198.51.100." + CLIENTS.getAndIncrement();
        Browser first = Sessions.loggedIn(new Browser().header("X-Forwarded-For", forwarded));
        Browser second = Sessions.loggedIn(new Browser().header("X-Forwarded-For", forwarded));
        first.cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));
        assertEquals("access-token", Json.object(first.get("/probe").body()).getString("authMethod"));
        second.cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));

        Reply limited = second.get("/dashboard");

        assertAll(
                () -> assertEquals("/login?next=%2Fdashboard&error=RATE_LIMITED", limited.location()),
                () -> assertTrue(limited.cookies().stream().noneMatch(SetCookie::clears), "cleared: " + limited.cookies()),
                () -> assertEquals(1, kraken.calls(REFRESHES)));
    }

    @Test
    void aRateLimitedMasqueradeKeepsTheMasqueradeSession() {
        Browser staff = newClient();
        Reply started = staff.get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);
        assertTrue(started.sets("masqueradeToken"), "the first masquerade: " + started.location());

        Reply limited = staff.get("/masquerade/" + DEMO_USER_ID + "/a-random-masquerade-token");

        assertAll(
                () -> assertEquals("/login?error=RATE_LIMITED", limited.location()),
                () -> assertTrue(limited.cookies().stream().noneMatch(SetCookie::clears), "cleared: " + limited.cookies()),
                () -> assertEquals(1, kraken.calls("masqueradeAuthentication")));
    }
}
