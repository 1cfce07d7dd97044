package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_MASQUERADE_TOKEN;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.util.Base64URL;

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
import dev.portalauth.testkit.Simulator;

/**
 * The trust rules without {@code kraken.jwks-uri} (the default): the module's bindings prove what it set, a
 * mobile app's token is confirmed with Kraken once, and decoded claims alone prove nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustWithoutJwksIT {

    private static final List<String> SEEN_TOKENS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().without("kraken.jwks-uri")
                .with("kraken.auth.mobile-web-view.enabled", "true").build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void sessionsTheModuleSetAreProvenByTheirBindings() {
        Browser user = Sessions.loggedIn();
        Browser linkHolder = new Browser();
        linkHolder.get("/anon/" + METER_KEY + "/probe");
        Browser support = new Browser();
        support.get("/masquerade/" + DEMO_USER_ID + "/" + DEMO_MASQUERADE_TOKEN);
        SEEN_TOKENS.add(user.cookie("accessToken"));

        assertEquals("access-token", probe(user));
        assertEquals("masquerade", probe(support));
        assertEquals("scoped", Json.object(linkHolder.get("/anon/" + METER_KEY + "/probe/step-2").body())
                .getString("authMethod"));
        assertEquals(1, kraken.calls("obtainKrakenToken.preSignedKey"), "the bound scoped token was reused");
    }

    @Test
    void aTokenWithMadeUpClaimsAndSignatureIsNoSessionAndIsCleared() {
        long now = Instant.now().getEpochSecond();
        String forged = segment("{\"alg\":\"HS256\"}") + "." + segment("{\"sub\":\"kraken|account-user:1\","
                + "\"gty\":\"MASQUERADE\",\"accountNumber\":\"" + ACCOUNT + "\",\"iat\":" + now + ",\"exp\":"
                + (now + 86_400 * 365) + "}") + ".AAAA";

        for (String cookie : List.of("masqueradeToken", "accessToken", "scopedToken")) {
            Reply reply = new Browser().cookie(cookie, forged).get("/probe");

            assertEquals("none", Json.object(reply.body()).getString("authMethod"), cookie);
            assertTrue(reply.clears(cookie), cookie);
        }
    }

    @Test
    void aGenuineKrakenTokenTheModuleDidNotSetIsNoMasqueradeAccessOrScopedSession() {
        String masquerade = kraken.mint("masquerade", DEMO_USER_ID, null, 3600);
        String scoped = kraken.mint("scoped", null, ACCOUNT, 3600);
        SEEN_TOKENS.add(masquerade);

        assertEquals("none", probe(new Browser().cookie("masqueradeToken", masquerade)));
        assertEquals("none", probe(new Browser().cookie("scopedToken", scoped)));
    }

    @Test
    void aMobileAppsTokenIsConfirmedWithKrakenOnceThenRemembered() {
        String token = kraken.mint("access", DEMO_USER_ID, null, 3600);
        SEEN_TOKENS.add(token);
        Browser app = new Browser().cookie("MWAuthToken", token);

        assertEquals("mobile-web-view", probe(app));
        assertEquals("mobile-web-view", probe(app));
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void aMobileWebViewTokenOfAnotherKindIsRefusedWithoutAskingKraken() {
        Reply reply = new Browser().cookie("MWAuthToken", kraken.mint("scoped", null, ACCOUNT, 3600)).get("/probe");

        assertEquals("none", Json.object(reply.body()).getString("authMethod"));
        assertTrue(reply.clears("MWAuthToken"));
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void whileKrakenCannotConfirmAMobileWebViewTokenItGrantsNothingAndIsKept() {
        // Another lifetime than the other tests' tokens: a token minted in the same second with the
        // same claims would be the very token confirmed there, and remembered.
        String token = kraken.mint("access", DEMO_USER_ID, null, 3001);
        kraken.fault("HTTP_500", 0);

        Reply reply = new Browser().cookie("MWAuthToken", token).get("/probe");

        assertEquals("none", Json.object(reply.body()).getString("authMethod"));
        assertFalse(reply.clears("MWAuthToken"));
    }

    private static String probe(Browser browser) {
        return Json.object(browser.get("/probe").body()).getString("authMethod");
    }

    private static String segment(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
