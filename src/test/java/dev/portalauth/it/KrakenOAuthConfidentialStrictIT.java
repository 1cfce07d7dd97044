package dev.portalauth.it;

import static dev.portalauth.it.KrakenOAuthLogins.login;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * Kraken OAuth login with a confidential client (HTTP Basic with its secret) and {@code SameSite=Strict}
 * cookies: the callback answers a same-origin page instead of a redirect; the token endpoint has a
 * breaker of its own; OAuth logins are counted; the secret is never logged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KrakenOAuthConfidentialStrictIT {

    private static final int BREAKER_VOLUME = 4;
    private static final List<String> SEEN_TOKENS = new ArrayList<>(List.of(KrakenOAuthLogins.CONFIDENTIAL_SECRET));

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.oauth-client-id", KrakenOAuthLogins.CONFIDENTIAL_CLIENT)
                .with("kraken.oauth-client-secret", KrakenOAuthLogins.CONFIDENTIAL_SECRET)
                .with("kraken.auth.cookie.same-site", "Strict")
                .with("kraken.breaker.request-volume", Integer.toString(BREAKER_VOLUME))
                .with("kraken.breaker.delay", "PT1S")
                .build();
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aConfidentialClientLogsInUnderStrictCookiesThroughASameOriginPage() {
        Browser browser = new Browser();
        Reply callback = login(browser, null);
        SEEN_TOKENS.add(browser.cookie("accessToken"));

        assertAll(
                () -> assertEquals(200, callback.status(), callback.body()),
                () -> assertTrue(callback.header("Location").isEmpty()),
                () -> assertTrue(callback.header("Content-Type").orElse("").startsWith("text/html")),
                () -> assertTrue(callback.body().contains("<meta http-equiv=\"refresh\" content=\"0;url=/dashboard\">"),
                        callback.body()),
                () -> assertTrue(callback.body().contains("<a href=\"/dashboard\">")),
                () -> assertEquals("Strict", callback.cookie("accessToken").orElseThrow().attribute("SameSite").orElse("")),
                () -> assertEquals("no-store", callback.header("Cache-Control").orElse("")),
                () -> assertEquals(1, kraken.calls("oauthToken.authorization_code")),
                () -> assertEquals(200, browser.get("/dashboard").status()));
    }

    @Test
    void theLoginInProgressIsLaxEvenUnderStrict() {
        Reply started = KrakenOAuthLogins.start(new Browser(), null);
        String state = KrakenOAuthLogins.query(started.location()).get("state");

        assertEquals("Lax", started.cookie("krakenOAuth-" + state).orElseThrow().attribute("SameSite").orElse(""));
    }

    @Test
    void theTokenEndpointsBreakerOpensAndThenFailsAtOnceWithoutACall() throws InterruptedException {
        kraken.fault("HTTP_500", 0, "oauthToken");
        for (int i = 0; i < BREAKER_VOLUME; i++) {
            assertEquals("/login?error=KRAKEN_UNAVAILABLE", login(new Browser(), null).location());
        }
        int callsWhenOpen = kraken.calls("oauthToken");

        Reply refusedAtOnce = login(new Browser(), null);
        Observability.Answer ready = Observability.get("/health/ready");

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", refusedAtOnce.location());
        assertEquals(callsWhenOpen, kraken.calls("oauthToken"), "no call while the breaker is open");
        assertTrue(ready.body().replace(" ", "").contains("\"breaker.oauth_token\":\"OPEN\""), ready.body());
        assertTrue(ready.body().replace(" ", "").contains("\"breaker.graphql_auth\":\"CLOSED\""),
                "the GraphQL endpoints are not held by the token endpoint's breaker");

        kraken.fault("NONE", 0);
        Thread.sleep(1_200); // the breaker's delay: the next call is its probe, and closes it
        assertEquals(200, login(new Browser(), null).status());
    }

    @Test
    void oauthLoginsAreCountedByOutcomeAndTimed() {
        String before = Observability.get("/metrics").body();
        login(new Browser(), null);
        String after = Observability.get("/metrics").body();

        double was = Observability.sample(before, "kpa_oauth_logins_total", "outcome=\"success\"");
        double is = Observability.sample(after, "kpa_oauth_logins_total", "outcome=\"success\"");
        assertEquals(was + 1, is, after.lines().filter(l -> l.startsWith("kpa_oauth")).toList().toString());
        double timedBefore = Observability.sample(before, "kpa_kraken_call_seconds_count", "operation=\"oauth_code\"");
        double timed = Observability.sample(after, "kpa_kraken_call_seconds_count", "operation=\"oauth_code\"");
        assertEquals(timedBefore + 1, timed, "the token endpoint call is timed under its own operation");
    }

    @Test
    void aDeniedLoginIsRefusedWithoutASession() {
        Browser browser = new Browser();
        Reply callback = browser.get(KrakenOAuthLogins.atKraken(browser, KrakenOAuthLogins.start(browser, null), "deny")
                .location());

        assertEquals("/login?error=OAUTH_FAILED", callback.location());
        assertNull(browser.cookie("accessToken"));
    }
}
