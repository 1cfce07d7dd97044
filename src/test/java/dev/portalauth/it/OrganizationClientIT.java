package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * The organisation client on a real server: the demo's {@code /products} page reads Kraken as the organisation.
 * Requests that first need the token at once make one {@code obtainKrakenToken(organizationSecretKey)}
 * call, later ones none, a short-lived token is renewed before it expires, and the token reaches no
 * response, cookie or log line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first uses must be the server's first
class OrganizationClientIT {

    private static final String OBTAINS = "obtainKrakenToken.organizationSecretKey";
    private static final int LIFETIME_SECONDS = 20;
    private static final int FIRST_USES = 8;
    /** Every page each test got, to look for the token in. */
    private static final List<Reply> SEEN = new ArrayList<>();

    /** The deployed portal, warmed up first; no fixture secret in the server log after the last test. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().build(); // the demo's configuration carries the organisation key
    }

    private final Simulator kraken = new Simulator();

    @BeforeAll
    static void shortLivedOrganisationTokens() {
        new Simulator().reset();
        new Simulator().organizationLifetime(LIFETIME_SECONDS);
    }

    @AfterAll
    static void theTokenReachedNoLogLine() {
        assertEquals(List.of(), OrganizationTokenSearch.in(ServerLog.text()), "an organisation token in the server log");
    }

    @Test
    @Order(1)
    void concurrentFirstUsesMakeOneCallLaterUsesNoneAndTheTokenIsRenewedBeforeItExpires() throws Exception {
        long firstUse = System.currentTimeMillis();
        for (Reply page : concurrently(FIRST_USES)) {
            assertProducts(page);
        }
        assertEquals(1, kraken.calls(OBTAINS), "one call for every first use");

        for (int i = 0; i < 5; i++) {
            assertProducts(products());
        }
        assertEquals(1, kraken.calls(OBTAINS), "later uses make none");

        // The token was issued at or after firstUse, so it cannot expire before firstUse + lifetime:
        // a renewal seen earlier than that was made before expiry.
        long renewedAt = 0;
        while (System.currentTimeMillis() < firstUse + (LIFETIME_SECONDS + 5) * 1000L) {
            assertProducts(products());
            if (kraken.calls(OBTAINS) > 1) {
                renewedAt = System.currentTimeMillis();
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(renewedAt > 0, "the token was renewed");
        assertTrue(renewedAt < firstUse + LIFETIME_SECONDS * 1000L,
                "renewed " + (renewedAt - firstUse) + " ms after the first use, before the token could expire");
        assertEquals(2, kraken.calls(OBTAINS), "one call renews it");
        assertTrue(kraken.calls("energyProducts") > FIRST_USES + 5, "every page read Kraken as the organisation");
    }

    @Test
    @Order(2)
    void theTokenReachesNoResponseOrCookie() {
        String token = OrganizationTokenSearch.obtainOne();
        assertEquals(List.of(token), OrganizationTokenSearch.in("page " + token + " page"), "the search finds such a token");

        SEEN.add(products());
        SEEN.add(new Browser().get("/api/auth/session"));
        for (Reply page : SEEN) {
            String everything = page.allHeaders() + "\n" + page.body();
            assertEquals(List.of(), OrganizationTokenSearch.in(everything), "an organisation token in a response");
            assertFalse(everything.contains(Fixtures.ORGANIZATION_KEY), "the organisation key in a response");
        }
    }

    private static List<Reply> concurrently(int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> pages = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return products();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> page : pages) {
                replies.add(page.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reply products() {
        Reply page = new Browser().get("/products");
        synchronized (SEEN) {
            SEEN.add(page);
        }
        return page;
    }

    private static void assertProducts(Reply page) {
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("AGILE-24-10-01"), page.body());
    }
}
