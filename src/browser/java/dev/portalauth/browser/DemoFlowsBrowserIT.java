package dev.portalauth.browser;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

import dev.portalauth.demo.DashboardResource;
import dev.portalauth.it.PortalDeployment;
import dev.portalauth.it.StaffLinks;
import dev.portalauth.testkit.Simulator;

/**
 * Every flow of the demo portal, walked in headless Chromium as a customer would: from the front
 * page's links, through the forms, reading what the page shows and which cookies the browser
 * keeps. Every form and script post here is judged by the module's cross-site rule, as the
 * browser's own {@code Origin} and {@code Sec-Fetch-Site} say, and accepted. The portal runs as the demo does, but with the production default of {@code Secure}
 * cookies (Chromium keeps them on {@code http://localhost}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoFlowsBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    /**
     * Staff issue a one-time link; the customer opens it, sends the form, and the link is refused
     * from then on. Every test that submits uses a link of its own: a submission ends the link, and
     * the module remembers ended keys for hours (a fixture link would stay refused).
     */
    @Test
    void theFeedbackLinkShowsTheAccountTakesTheFeedbackAndIsRefusedAfterwards() {
        String link = feedbackLink();
        Customer customer = customer().opens(link);

        assertEquals("Tell us how we did", customer.heading());
        assertTrue(customer.reads().contains("Feedback for account " + ACCOUNT), customer.reads());
        assertCookies(customer, "jwt", "scopedToken", "scopedTokenBinding");

        customer.chooses("score", "Not good").types("comment", "The engineer came late").presses("Send feedback");

        assertEquals("Thank you", customer.heading());
        assertTrue(customer.reads().contains("Thanks for your feedback"), customer.reads());
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"), "the page and the form share one scoped session");
        assertTrue(customer.reads().contains("This link has now been used."), customer.reads());

        customer.opens(link);

        assertTrue(customer.address().endsWith("/login?error=PRE_SIGNED_KEY_INVALID"), customer.address());
        assertTrue(customer.reads().contains("That link has expired or is not valid any more."), customer.reads());
    }

    @Test
    void theFrontPageOffersTheFixtureLinks() {
        Customer customer = customer().opens("/").follows("Give feedback on account " + ACCOUNT);

        assertEquals("Tell us how we did", customer.heading());
    }

    private static String feedbackLink() {
        return "/anon/" + StaffLinks.issue("SUBMIT_CUSTOMER_FEEDBACK") + "/" + ACCOUNT + "/feedback";
    }

    @Test
    void theMeterReadingLinkTakesAReadingWithoutLoggingIn() {
        Customer customer = customer().opens("/anon/" + StaffLinks.issue("SUBMIT_METER_READINGS") + "/meter-reading");

        assertEquals("Submit a meter reading", customer.heading());
        assertTrue(customer.reads().contains("This is a one-time link for account " + ACCOUNT), customer.reads());
        assertTrue(customer.reads().contains("E11ABC12345"), "the account's meter, read from Kraken");
        assertCookies(customer, "jwt", "scopedToken", "scopedTokenBinding");

        customer.types("reading", "12345").presses("Submit reading");

        assertEquals("Thank you", customer.heading());
        assertTrue(customer.reads().contains("Your reading has been recorded"), customer.reads());
    }

    /**
     * A page script's own post from an anon page: served with {@code Referrer-Policy: no-referrer},
     * so the browser sends {@code Origin: null} with {@code Sec-Fetch-Site: same-origin}, which the
     * module's cross-site rule takes for what it is, the portal's own page.
     */
    @Test
    void aScriptOnAnAnonPagePostsWithFetch() {
        Customer customer = customer().opens(feedbackLink());
        String feedback = customer.address();

        String answer = customer.postsWithFetch(feedback, "application/x-www-form-urlencoded", "score=Great");

        assertTrue(answer.startsWith("200 "), answer);
        assertTrue(answer.contains("Thanks for your feedback"), answer);
    }

    @Test
    void aScriptOnTheDashboardPostsWithFetchAndKeepsTheSession() {
        Customer customer = loggedIn();

        String form = customer.postsWithFetch("/dashboard/meter-reading", "application/x-www-form-urlencoded",
                "reading=4321");
        String json = customer.postsWithFetch("/probe/orders", "application/json", "{\"item\":1}");

        assertTrue(form.startsWith("200 ") && form.contains("Your reading has been recorded"), form);
        assertTrue(json.startsWith("200 ") && json.contains("\"authMethod\":\"access-token\""), json);
    }

    @Test
    void anExpiredLinkLandsOnTheLoginPageSayingWhy() {
        Customer customer = customer().opens("/").follows("An expired link");

        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", customer.address());
        assertEquals("Log in", customer.heading());
        assertTrue(customer.reads().contains("That link has expired or is not valid any more."), customer.reads());
        assertCookies(customer, "jwt");
    }

    @Test
    void tariffsViewedAsAGuestAreOnTheDashboardAfterLoggingIn() {
        Customer customer = customer().opens("/").follows("Browse tariffs").follows("Agile")
                .follows("Tariffs").follows("Go");

        assertTrue(customer.reads().contains("Recently viewed: [Go, Agile]"), customer.reads());
        assertCookies(customer, "jwt");
        String guest = customer.cookie("jwt").orElseThrow().getValue();

        customer.follows("Dashboard");

        assertEquals("/login?next=%2Fdashboard", customer.address());

        customer.types("email", DEMO_EMAIL).types("password", DEMO_PASSWORD).presses("Log in");

        assertEquals("/dashboard", customer.address());
        String page = customer.reads();
        assertAll(
                () -> assertTrue(page.contains("Hello Dana (" + DEMO_EMAIL + ")"), page),
                () -> assertTrue(page.contains("Recently viewed before you logged in\nGo\nAgile"), page));
        assertCookies(customer, "accessToken", "accessTokenBinding", "jwt", "refreshToken", "sessionPayload");
        assertNotEquals(guest, customer.cookie("jwt").orElseThrow().getValue(), "a fresh guest after the merge");
    }

    @Test
    void theDashboardListsTheAccountsAndTakesAReadingForTheOneChosen() {
        Customer customer = loggedIn();

        String page = customer.reads();
        assertAll(
                () -> assertTrue(page.contains("Signed in by access-token"), page),
                () -> assertTrue(page.contains(ACCOUNT), page),
                () -> assertTrue(page.contains(OTHER_ACCOUNT), page));

        customer.follows("Submit a reading");

        assertEquals(ACCOUNT, customer.chosen("account"));
        assertTrue(customer.reads().contains("E11ABC12345"), customer.reads());

        customer.choosesAndIsTakenOn("account", OTHER_ACCOUNT);

        assertEquals("Submit a meter reading", customer.heading());
        assertEquals(OTHER_ACCOUNT, customer.chosen("account"));
        assertTrue(customer.reads().contains("E12XYZ67890"), "the chosen account's meter: " + customer.reads());

        customer.types("reading", "4321").presses("Submit reading");

        assertTrue(customer.reads().contains("Your reading has been recorded"), customer.reads());
    }

    @Test
    void theDashboardsLiveBalancesComeThroughTheGraphqlRoute() {
        Customer customer = loggedIn();

        String status = customer.waitsForChangeOf("live-status", "Loading…");

        assertEquals("Read from Kraken through the portal just now.", status);
        assertTrue(customer.reads().contains(ACCOUNT + ": £42.50"), customer.reads());
        assertEquals(2, kraken.calls("viewer"), "the page's server-side call and its script's");
    }

    @Test
    void theBrowserModuleRunsOnlyAllowedOperations() {
        Customer customer = loggedIn();
        int viewerCalls = kraken.calls("viewer");

        Object answer = customer.runsInThePage(CLIENT_CALL.formatted(
                "m.graphql('query { viewer { id email } }')"));

        assertEquals("400 OPERATION_NOT_ALLOWED", answer);
        assertEquals(viewerCalls, kraken.calls("viewer"), "no Kraken call");
    }

    @Test
    void afterLoggingOutTheBrowserModuleIsUnauthenticated() {
        Customer customer = loggedIn();

        Object loggedOut = customer.runsInThePage(CLIENT_CALL.formatted("m.logout().then(() => m.session())"
                + ".then(s => s.isAuthenticated + ' ' + s.authMethod)"));
        Object call = customer.runsInThePage(CLIENT_CALL.formatted(
                "m.graphql('" + DashboardResource.VIEWER_ACCOUNTS_ID + "')"));

        assertEquals("false none", loggedOut);
        assertEquals("401 UNAUTHENTICATED", call);
        assertCookies(customer, "jwt");
    }

    /** Imports the module's client.js in the page, runs {@code %s} with it as {@code m}, and reports the outcome. */
    private static final String CLIENT_CALL = "const done = arguments[arguments.length - 1];"
            + "import('/api/auth/client.js').then(m => %s)"
            + ".then(r => done(typeof r === 'string' ? r : JSON.stringify(r)), e => done(e.status + ' ' + e.code));";

    @Test
    void loggingOutEndsTheSessionAndLeavesNoCredentialBehind() {
        Customer customer = loggedIn();
        String guest = customer.cookie("jwt").orElseThrow().getValue();

        customer.presses("Log out");

        assertEquals("/login", customer.address());
        assertCookies(customer, "jwt");
        assertNotEquals(guest, customer.cookie("jwt").orElseThrow().getValue(), "the guest of the session is gone too");

        customer.opens("/dashboard");

        assertEquals("/login?next=%2Fdashboard", customer.address());
    }

    @Test
    void theMasqueradeLinkOpensTheUsersDashboardForThisBrowserSessionOnly() {
        Customer customer = customer().opens("/").follows("Masquerade as user 101");

        assertEquals("/dashboard", customer.address());
        assertTrue(customer.reads().contains("Signed in by masquerade"), customer.reads());
        assertTrue(customer.reads().contains("Hello Dana"), customer.reads());
        assertCookies(customer, "jwt", "masqueradeToken", "masqueradeTokenBinding");
        assertNull(customer.cookie("masqueradeToken").orElseThrow().getExpiry(), "a browser-session cookie");
    }

    @Test
    void aWrongPasswordBringsTheLoginPageBackSayingWhy() {
        Customer customer = customer().opens("/").follows("Log in")
                .types("email", DEMO_EMAIL).types("password", "not-the-password").presses("Log in");

        assertEquals("/login?error=LOGIN_FAILED", customer.address());
        assertTrue(customer.reads().contains("That email and password did not match an account."), customer.reads());
        assertCookies(customer, "jwt");
    }

    @Test
    void loggingInWithKrakenKeepsTheTariffsViewedAsAGuest() {
        Customer customer = customer().opens("/").follows("Browse tariffs").follows("Agile")
                .follows("Dashboard");
        assertEquals("/login?next=%2Fdashboard", customer.address());

        customer.follows("Log in with Kraken");

        assertTrue(customer.address().startsWith("/kraken/authorize/?"), customer.address());
        assertTrue(customer.cookieNames().stream().anyMatch(name -> name.startsWith("krakenOAuth-")),
                "the login in progress rides in its own cookie: " + customer.cookieNames());

        customer.types("email", DEMO_EMAIL).types("password", DEMO_PASSWORD).presses("Log in");

        assertEquals("/dashboard", customer.address());
        String page = customer.reads();
        assertAll(
                () -> assertTrue(page.contains("Hello Dana (" + DEMO_EMAIL + ")"), page),
                () -> assertTrue(page.contains("Recently viewed before you logged in\nAgile"), page));
        assertCookies(customer, "accessToken", "accessTokenBinding", "jwt", "refreshToken", "sessionPayload");
    }

    @Test
    void denyingKrakenTheLoginBringsTheLoginPageBackSayingWhy() {
        Customer customer = customer().opens("/").follows("Log in").follows("Log in with Kraken")
                .presses("Deny");

        assertEquals("/login?error=OAUTH_FAILED", customer.address());
        assertTrue(customer.reads().contains("Logging in with Kraken did not work. Please try again."), customer.reads());
        assertCookies(customer, "jwt");
    }

    private Customer customer() {
        return new Customer(chromium.driver());
    }

    private Customer loggedIn() {
        Customer customer = customer().opens("/login")
                .types("email", DEMO_EMAIL).types("password", DEMO_PASSWORD).presses("Log in");
        assertEquals("/dashboard", customer.address(), "logged in");
        return customer;
    }

    /**
     * The browser holds exactly these cookies for the portal (no {@code JSESSIONID}, nothing left
     * over), each as the module sets every cookie: HttpOnly, Secure, {@code Path=/}, SameSite Lax;
     * and every one but the masquerade's outlives the browser session.
     */
    private static void assertCookies(Customer customer, String... names) {
        assertEquals(new TreeSet<>(Arrays.asList(names)), customer.cookieNames());
        for (String name : names) {
            Cookie cookie = customer.cookie(name).orElseThrow();
            assertAll(name,
                    () -> assertTrue(cookie.isHttpOnly(), "HttpOnly"),
                    () -> assertTrue(cookie.isSecure(), "Secure"),
                    () -> assertEquals("/", cookie.getPath()),
                    () -> assertEquals("Lax", cookie.getSameSite()),
                    () -> {
                        if (!name.startsWith("masquerade")) {
                            assertNotNull(cookie.getExpiry(), "Max-Age");
                        }
                    });
        }
    }
}
