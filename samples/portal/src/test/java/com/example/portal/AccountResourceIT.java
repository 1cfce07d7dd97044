package com.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.json.JsonObject;

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
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.KrakenDeployment;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/** The portal's account page, tested with the kraken-portal-auth test kit against the Kraken simulator. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountResourceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive portal = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .addClasses(PortalApplication.class, AccountResource.class, WelcomeResource.class);
        return KrakenDeployment.simulated().addTo(portal);
    }

    /** The simulator, reset before each test (faults, token lifetimes, call counts). */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static Reply getJson(Browser browser, String path) {
        return browser.send(browser.request(path).header("Accept", "application/json").GET());
    }

    @Test
    void aLoggedInCustomerSeesTheirAccount() {
        Reply reply = getJson(Sessions.loggedIn(), "/accounts/" + Fixtures.ACCOUNT);

        assertEquals(200, reply.status(), reply.body());
        JsonObject account = Json.object(reply.body());
        assertEquals(Fixtures.ACCOUNT, account.getString("accountNumber"));
        assertEquals(4250, account.getInt("balance"));
        assertEquals("access-token", account.getString("session"));
    }

    @Test
    void aLoggedInCustomerCannotReadSomeoneElsesAccount() {
        Reply reply = getJson(Sessions.loggedIn(), "/accounts/A-9012IJKL");

        assertEquals(403, reply.status(), reply.body());
        assertEquals("{\"error\":\"NOT_YOUR_ACCOUNT\"}", reply.body());
    }

    @Test
    void aPreSignedLinkOpensItsOwnAccountOnly() {
        Browser customer = Sessions.scoped(Fixtures.METER_KEY);   // a link for A-1234ABCD

        assertEquals(200, getJson(customer, "/accounts/" + Fixtures.ACCOUNT).status());
        Reply other = getJson(customer, "/accounts/" + Fixtures.OTHER_ACCOUNT);
        assertEquals(403, other.status());
        assertEquals("{\"error\":\"ACCOUNT_MISMATCH\"}", other.body());
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"), "one exchange for the whole visit");
    }

    @Test
    void anAnonymousVisitorIsRefused() {
        Reply reply = getJson(new Browser(), "/accounts/" + Fixtures.ACCOUNT);

        assertEquals(401, reply.status());
        assertEquals("{\"error\":\"UNAUTHENTICATED\"}", reply.body());
    }

    @Test
    void aGuestIsGreetedWithWhatTheyViewed() {
        Reply reply = getJson(Sessions.guest(Map.of("lastViewedTariff", "Agile Octopus")), "/welcome");

        assertEquals(200, reply.status(), reply.body());
        JsonObject welcome = Json.object(reply.body());
        assertEquals("Agile Octopus", welcome.getString("lastViewedTariff"));
        assertEquals("none", welcome.getString("session"));
    }

    @Test
    void whenKrakenIsDownTheCustomerIsNotLoggedIn() {
        kraken.fault("HTTP_500", 0);

        Reply reply = Sessions.formLogin(new Browser(), Fixtures.DEMO_EMAIL, Fixtures.DEMO_PASSWORD);

        assertEquals(303, reply.status());
        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
    }
}
