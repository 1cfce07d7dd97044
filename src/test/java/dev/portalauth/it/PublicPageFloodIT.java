package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * Outsiders without a credential cannot hurt customers through a public page read as the
 * organisation (the demo's {@code /products}): a query Kraken does not authorise for its object
 * keeps the organisation token; a flood of the page while Kraken hangs takes only the public
 * bulkhead's slots, so a logged-in customer's refresh and queries go on; beyond the client's public
 * limit the page is answered {@code RATE_LIMITED} without a Kraken call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last one spends the client's public limit
class PublicPageFloodIT {

    private static final String OBTAINS = "obtainKrakenToken.organizationSecretKey";
    private static final String REFRESHES = "obtainKrakenToken.refreshToken";
    private static final String PRODUCTS = "energyProducts";
    private static final int SLOTS = 4;
    private static final int FLOOD = 12;

    /** The deployed portal, warmed up before the first test. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.read-timeout", "PT4S")
                .with("kraken.bulkhead.session", Integer.toString(SLOTS))
                .with("kraken.bulkhead.public", Integer.toString(SLOTS))
                .with("kraken.auth.rate-limit.public", "40/PT1M")
                .build();
    }

    private final Simulator kraken = new Simulator();

    @Test
    @Order(1)
    void aQueryKrakenDoesNotAuthoriseForItsObjectKeepsTheOrganisationToken() {
        kraken.reset();
        assertProducts(products());
        assertEquals(1, kraken.calls(OBTAINS));
        kraken.graphqlError("KT-CT-1111", PRODUCTS);

        for (int i = 0; i < 5; i++) {
            assertTrue(products().body().contains("(KRAKEN_ERROR)"), "the query's own error reaches the page");
        }
        kraken.fault("NONE", 0);

        assertProducts(products());
        assertEquals(1, kraken.calls(OBTAINS), "no new organisation token: the one held was never dropped");
    }

    @Test
    @Order(2)
    void aFloodOfThePublicPageWhileKrakenHangsLeavesLoggedInCustomersTheirSlots() throws Exception {
        kraken.reset();
        kraken.lifetimes(20, 3600, 3600); // within the refresh margin: each request of the user refreshes
        Browser user = Sessions.loggedIn();
        assertProducts(products()); // the organisation token is held before the flood
        kraken.fault("NONE", 3000, PRODUCTS);
        ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
        try {
            List<Future<Reply>> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                flood.add(pool.submit(PublicPageFloodIT::products));
            }
            Thread.sleep(700); // the flood is in: the public slots hang on Kraken, the rest were refused
            int refreshes = kraken.calls(REFRESHES);

            Reply dashboard = user.get("/dashboard");

            assertEquals(200, dashboard.status(), dashboard.location());
            assertEquals(refreshes + 1, kraken.calls(REFRESHES), "the customer's session was refreshed");
            assertEquals(1 + SLOTS, kraken.calls(PRODUCTS), "the flood reached Kraken through its own slots only");
            int unavailable = 0;
            for (Future<Reply> page : flood) {
                if (page.get(30, TimeUnit.SECONDS).body().contains("(KRAKEN_UNAVAILABLE)")) {
                    unavailable++;
                }
            }
            assertEquals(FLOOD - SLOTS, unavailable, "the rest of the flood was refused at once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void beyondTheClientsPublicLimitThePageIsRateLimitedWithoutAKrakenCall() {
        kraken.reset();
        Reply limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            int calls = kraken.calls(PRODUCTS);
            Reply page = products();
            if (page.body().contains("(RATE_LIMITED)")) {
                limited = page;
                assertEquals(calls, kraken.calls(PRODUCTS), "a rate-limited page makes no Kraken call");
            }
        }
        assertTrue(limited != null, "the public limit answered");
        assertEquals(200, Sessions.loggedIn().get("/dashboard").status(), "a customer is not held to it");
    }

    private static Reply products() {
        return new Browser().get("/products");
    }

    private static void assertProducts(Reply page) {
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("AGILE-24-10-01"), page.body());
    }
}
