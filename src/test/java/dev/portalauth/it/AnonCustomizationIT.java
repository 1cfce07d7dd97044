package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.EXPIRED_KEY;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.custom.CleanUrlAnonResponses;
import dev.portalauth.it.custom.KeyFromQueryOrAnonSegment;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * Anon pathnames with a portal's own extension beans: several anon pathnames, the key in
 * {@code ?key=}, a clean URL after the exchange, custom error pages and an in-place rewrite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonCustomizationIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.routes.anon.pathname", "/anon,/feedback,/clean")
                .withClasses(KeyFromQueryOrAnonSegment.class, CleanUrlAnonResponses.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();
    private final Browser browser = new Browser();

    @Test
    void aKeyInTheQueryOfAnotherPathnameMakesAScopedSession() {
        Reply reply = browser.get("/feedback/step-1?key=" + FEEDBACK_KEY);

        assertEquals(200, reply.status());
        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void aMultiStepFormKeepsTheSessionOnEveryStep() {
        browser.get("/feedback/step-1?key=" + FEEDBACK_KEY);
        Reply step2 = browser.get("/feedback/step-2?key=" + FEEDBACK_KEY);
        Reply step3 = browser.get("/feedback/step-3?key=" + FEEDBACK_KEY);

        assertEquals("scoped", Json.object(step2.body()).getString("authMethod"));
        assertEquals("scoped", Json.object(step3.body()).getString("authMethod"));
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void theCustomSuccessAnswerRedirectsToACleanUrlWithoutTheKey() {
        Reply exchanged = browser.get("/anon/" + METER_KEY + "/meter/step-1");

        assertEquals(303, exchanged.status());
        assertEquals("/clean/meter/step-1", exchanged.location());
        assertTrue(exchanged.sets("scopedToken"));

        Reply clean = browser.get(exchanged.location());
        assertEquals("scoped", Json.object(clean.body()).getString("authMethod"));
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void theCustomErrorAnswerSendsRefusedKeysToThePortalsErrorPage() {
        Reply reply = browser.get("/anon/" + EXPIRED_KEY + "/meter");

        assertEquals(303, reply.status());
        assertEquals("/error?code=PRE_SIGNED_KEY_INVALID", reply.location());
        assertFalse(reply.sets("scopedToken"));
    }

    @Test
    void aMissingKeyIsAnsweredInPlaceByTheRewrittenHelpPage() {
        Reply reply = browser.get("/feedback/step-1");

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("help/missing-link"), reply.body());
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void aValidScopedSessionNeedsNoKeyUnderAnyAnonPathname() {
        browser.get("/feedback/step-1?key=" + FEEDBACK_KEY);

        Reply reply = browser.get("/clean/anything");

        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
        assertEquals(1, kraken.calls(EXCHANGES));
    }
}
