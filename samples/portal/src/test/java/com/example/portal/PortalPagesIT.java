package com.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.KrakenDeployment;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The portal's pages as a visitor's browser meets them: the WAR's own configuration
 * (src/main/resources), with the test kit pointing it at the Kraken simulator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    private static final String METER_READING = "/anon/" + Fixtures.METER_KEY + "/accounts/%s/meter-reading";

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive portal = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .addPackage(PortalApplication.class.getPackage())
                .addAsResource("META-INF/microprofile-config.properties");
        return KrakenDeployment.simulated().addTo(portal);
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void theDashboardSendsAVisitorToLogInAndShowsTheirAccountsAfterwards() {
        Browser browser = new Browser();

        Reply refused = browser.get("/dashboard");
        assertEquals(303, refused.status());
        assertTrue(refused.location().endsWith("/login?next=%2Fdashboard"), refused.location());
        assertTrue(browser.get("/login?next=%2Fdashboard").body().contains("name=\"next\" value=\"/dashboard\""));

        Reply login = browser.postForm("/api/auth/login",
                Map.of("email", Fixtures.DEMO_EMAIL, "password", Fixtures.DEMO_PASSWORD, "next", "/dashboard"));
        assertEquals(303, login.status());
        assertEquals("/dashboard", login.location());

        Reply dashboard = browser.get("/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        assertTrue(dashboard.body().contains(Fixtures.ACCOUNT + ": balance 4250"), dashboard.body());
    }

    @Test
    void aWrongPasswordComesBackToTheLoginPageInWords() {
        Browser browser = new Browser();

        Reply login = Sessions.formLogin(browser, Fixtures.DEMO_EMAIL, "not-the-password");
        assertEquals(303, login.status());
        assertEquals("/login?error=LOGIN_FAILED", login.location());

        assertTrue(browser.get(login.location()).body().contains(LoginPage.MESSAGES.get("LOGIN_FAILED")));
    }

    @Test
    void aMeterReadingLinkShowsItsAccountsMetersAndTakesAReading() {
        Browser customer = new Browser();

        Reply form = customer.get(METER_READING.formatted(Fixtures.ACCOUNT));
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("Meter reading for " + Fixtures.ACCOUNT), form.body());
        assertTrue(form.body().contains("<option>"), form.body());

        Reply sent = customer.postForm(METER_READING.formatted(Fixtures.ACCOUNT), Map.of("meter", "E1", "reading", "01234"));
        assertEquals(200, sent.status(), sent.body());
        assertTrue(sent.body().contains("Reading 01234 for meter E1"), sent.body());
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"), "one exchange for the whole visit");
    }

    @Test
    void aMeterReadingLinkCannotBeTurnedOnAnotherAccount() {
        Reply other = Sessions.scoped(Fixtures.METER_KEY).get(METER_READING.formatted(Fixtures.OTHER_ACCOUNT));

        assertEquals(403, other.status());
        assertFalse(other.body().contains(Fixtures.OTHER_ACCOUNT + "</h1>"));
    }

    @Test
    void aLinkWhileKrakenIsDownLandsOnTheLoginPageSayingSo() {
        kraken.fault("HTTP_500", 0, "obtainKrakenToken.preSignedKey");
        Browser customer = new Browser();

        Reply link = customer.get(METER_READING.formatted(Fixtures.ACCOUNT));
        assertEquals(303, link.status(), link.body());
        assertTrue(link.location().contains("/login?error=KRAKEN_UNAVAILABLE"), link.location());
        assertFalse(link.location().contains(Fixtures.METER_KEY), "the key stays out of the redirect");

        assertTrue(customer.get("/login?error=KRAKEN_UNAVAILABLE").body()
                .contains(LoginPage.MESSAGES.get("KRAKEN_UNAVAILABLE")));
    }

    @Test
    void theTariffsAGuestViewedFollowThemIntoTheirSession() {
        Browser browser = new Browser();
        browser.get("/tariffs/Agile");
        Reply viewed = browser.get("/tariffs/Go");
        assertTrue(viewed.body().contains("Viewed: [Go, Agile]"), viewed.body());

        Sessions.loggedIn(browser);

        Reply dashboard = browser.get("/dashboard");
        assertTrue(dashboard.body().contains("Before you logged in you looked at: [Go, Agile]"), dashboard.body());
    }

    @Test
    void productsAreReadAsTheOrganisation() {
        Reply products = new Browser().get("/products?postcode=SW1A%201AA");

        assertEquals(200, products.status(), products.body());
        assertTrue(products.body().contains("products at SW1A 1AA"), products.body());
        assertEquals(1, kraken.calls("energyProducts"), "one query as the organisation");
    }

    @Test
    void whenKrakenFailsTheDashboardSaysSoAndKeepsTheSession() {
        Browser customer = Sessions.loggedIn();
        kraken.fault("HTTP_500", 0);

        Reply dashboard = customer.get("/dashboard");

        assertEquals(200, dashboard.status());
        assertTrue(dashboard.body().contains("Your accounts cannot be shown right now."), dashboard.body());
        assertTrue(customer.cookie("accessToken") != null);
    }
}
