package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.EXPIRED_KEY;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/** A link with a pre-signed key is swapped for a scoped session, once, and failures say why. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousAccessIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.routes.anon.allow-list", "/anon/{help,faq}/**, !/anon/help/private/**")
                .with("kraken.read-timeout", "PT1S")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();
    private final Browser browser = new Browser();

    @Test
    void aKeyLinkServesThePageWithAScopedSessionOnThatVeryRequest() {
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");

        assertEquals(200, reply.status());
        JsonObject page = Json.object(reply.body());
        assertAll(
                () -> assertEquals("scoped", page.getString("authMethod")),
                () -> assertEquals(ACCOUNT, page.getString("accountNumber")),
                () -> assertEquals("scoped", page.getString("group")),
                () -> assertTrue(page.getString("caller").startsWith("kraken|"), "caller is the token's sub"),
                () -> assertTrue(reply.sets("scopedToken")),
                () -> assertEquals(1, kraken.calls(EXCHANGES)));
    }

    @Test
    void rolesAllowedScopedLetsAScopedCallerInAndNoOneElse() {
        Reply stranger = new Browser().get("/roles/scoped-only");
        browser.get("/anon/" + METER_KEY + "/probe");

        Reply scoped = browser.get("/roles/scoped-only");

        assertEquals(200, scoped.status());
        assertTrue(stranger.status() == 401 || stranger.status() == 403, "refused: " + stranger.status());
    }

    @Test
    void theScopedCookieIsHttpOnlySecureLaxAndLivesAsLongAsTheToken() {
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");

        SetCookie cookie = reply.cookie("scopedToken").orElseThrow();
        assertAll(
                () -> assertTrue(cookie.has("HttpOnly")),
                () -> assertTrue(cookie.has("Secure")),
                () -> assertEquals("Lax", cookie.attribute("SameSite").orElse("")),
                () -> assertEquals("/", cookie.attribute("Path").orElse("")),
                () -> assertTrue(cookie.maxAge() > 3500 && cookie.maxAge() <= 3600, "Max-Age = exp - now"),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")),
                () -> assertEquals("no-referrer", reply.header("Referrer-Policy").orElse("")));
    }

    @Test
    void laterPagesWithTheSameKeyReuseTheTokenWithoutAskingKraken() {
        browser.get("/anon/" + METER_KEY + "/probe/step-1");
        Reply step2 = browser.get("/anon/" + METER_KEY + "/probe/step-2");
        Reply step3 = browser.get("/anon/" + METER_KEY + "/probe/step-3");

        assertEquals("scoped", Json.object(step3.body()).getString("authMethod"));
        assertFalse(step2.sets("scopedToken"), "no new cookie");
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void aDifferentKeyReplacesTheScopedSession() {
        browser.get("/anon/" + METER_KEY + "/probe");
        String first = browser.cookie("scopedToken");

        Reply other = browser.get("/anon/" + OTHER_ACCOUNT_KEY + "/probe");

        assertEquals(OTHER_ACCOUNT, Json.object(other.body()).getString("accountNumber"));
        assertNotEquals(first, browser.cookie("scopedToken"));
        assertEquals(2, kraken.calls(EXCHANGES));
    }

    @Test
    void noKeyRedirectsToLoginWithPreSignedKeyMissing() {
        Reply reply = browser.get("/anon");

        assertEquals(303, reply.status());
        assertEquals("/login?error=PRE_SIGNED_KEY_MISSING", reply.location());
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void anExpiredKeyRedirectsWithPreSignedKeyInvalidAndSetsNoCookie() {
        Reply reply = browser.get("/anon/" + EXPIRED_KEY + "/probe");

        assertEquals(303, reply.status());
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", reply.location());
        assertTrue(reply.cookies().stream().allMatch(SetCookie::clears), "nothing is set on failure");
        assertFalse(reply.allHeaders().contains(EXPIRED_KEY) || reply.body().contains(EXPIRED_KEY));
    }

    @Test
    void aRefusedKeyLeavesAnEarlierScopedSessionInPlace() {
        browser.get("/anon/" + METER_KEY + "/probe");

        Reply refused = browser.get("/anon/" + EXPIRED_KEY + "/probe");
        Reply again = browser.get("/anon/" + METER_KEY + "/probe");

        assertFalse(refused.clears("scopedToken"));
        assertEquals("scoped", Json.object(again.body()).getString("authMethod"));
        assertEquals(2, kraken.calls(EXCHANGES), "the first key was not exchanged again");
    }

    @Test
    void aTooLongKeyOrAPathWithControlCharactersNeverReachesKraken() {
        Reply tooLong = browser.get("/anon/" + "k".repeat(600) + "/probe");
        Reply control = browser.get("/anon/abc%01def/probe");

        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", tooLong.location());
        assertEquals(400, control.status(), "a malformed path is a bad request");
        assertFalse(control.body().contains("Exception"), "no stack trace");
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void allowListedPathsNeedNoKey() {
        Reply reply = browser.get("/anon/help/faq");

        assertEquals(200, reply.status());
        assertEquals("none", Json.object(reply.body()).getString("authMethod"));
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void anAllowListWithBracesAndANegationIsReadAsBlueprintAuthReadsIt() {
        Reply braced = browser.get("/anon/faq/tariffs");
        assertEquals(200, braced.status(), "the second brace alternative needs no key");
        assertEquals("none", Json.object(braced.body()).getString("authMethod"));
        assertEquals(0, kraken.calls(EXCHANGES));

        // the negated glob is an anon page like any other: the segment after /anon is taken for a key
        Reply withoutKey = browser.get("/anon/help/private/notes");
        Reply withKey = new Browser().get("/anon/help/private/notes?key=" + METER_KEY);
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", withoutKey.location());
        assertEquals("scoped", Json.object(withKey.body()).getString("authMethod"));
    }

    @Test
    void twentyConcurrentFirstRequestsWithOneKeyMakeOneKrakenCall() throws Exception {
        kraken.fault("NONE", 300);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> new Browser().get("/anon/" + METER_KEY + "/probe")));
            }
            for (Future<Reply> reply : replies) {
                assertEquals("scoped", Json.object(reply.get().body()).getString("authMethod"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, kraken.calls(EXCHANGES));
    }

    @Test
    void krakenAnsweringHttp500IsKrakenUnavailable() {
        kraken.fault("HTTP_500", 0);
        assertUnavailable(browser.get("/anon/" + METER_KEY + "/probe"));
    }

    @Test
    void aConnectionKrakenClosesIsKrakenUnavailable() {
        kraken.fault("CLOSE_CONNECTION", 0);
        assertUnavailable(browser.get("/anon/" + METER_KEY + "/probe"));
    }

    @Test
    void aMalformedBodyIsKrakenUnavailable() {
        kraken.fault("MALFORMED_BODY", 0);
        assertUnavailable(browser.get("/anon/" + METER_KEY + "/probe"));
    }

    @Test
    void anEmptyBodyIsKrakenUnavailable() {
        kraken.fault("EMPTY_BODY", 0);
        assertUnavailable(browser.get("/anon/" + METER_KEY + "/probe"));
    }

    @Test
    void krakenSlowerThanTheReadTimeoutIsKrakenUnavailableAndNotRetried() {
        kraken.fault("NONE", 2500);
        assertUnavailable(browser.get("/anon/" + METER_KEY + "/probe"));
        assertEquals(1, kraken.calls(EXCHANGES), "a call Kraken may have seen is never repeated");
    }

    @Test
    void krakenRateLimitingIsReportedAsRateLimited() {
        kraken.graphqlError("KT-CT-1199", "obtainKrakenToken");
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");
        assertEquals("/login?error=RATE_LIMITED", reply.location());
    }

    @Test
    void aValidFullSessionIsKeptAndNoKeyIsExchanged() {
        browser.cookie("accessToken", kraken.mint("access", Fixtures.DEMO_USER_ID, null, 3600));

        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");

        assertEquals("access-token", Json.object(reply.body()).getString("authMethod"));
        assertFalse(reply.sets("scopedToken"));
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void aForgedScopedCookieIsClearedAndTheKeyExchanged() {
        browser.cookie("scopedToken", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");

        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
        assertTrue(reply.sets("scopedToken"));
    }

    @Test
    void dotSegmentsAreRefusedAndDoubledSlashesJudgedCollapsed() {
        for (String trick : List.of("/anon/../dashboard", "/anon/%2e%2e/dashboard", "/anon/%2E%2E/dashboard/")) {
            Reply reply = browser.get(trick);
            assertEquals(400, reply.status(), trick + " is refused (PathConfusionIT has the whole matrix)");
        }
        Reply doubled = browser.get("/anon//" + METER_KEY + "//probe");
        assertEquals("scoped", Json.object(doubled.body()).getString("authMethod"));
    }

    @Test
    void noHttpSessionIsEverCreated() {
        browser.get("/anon/" + METER_KEY + "/probe");
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");
        browser.get("/anon");

        assertFalse(browser.cookies().containsKey("JSESSIONID"));
        assertFalse(reply.allHeaders().contains("JSESSIONID"));
    }

    @Test
    void theKeyAppearsInNoHeaderOrBodyTheModuleWrites() {
        Reply success = browser.get("/anon/" + METER_KEY + "/probe");
        kraken.fault("HTTP_500", 0);
        Reply failure = new Browser().get("/anon/" + METER_KEY + "/probe");

        for (Reply r : List.of(success, failure)) {
            assertFalse(r.allHeaders().contains(METER_KEY));
        }
    }

    private void assertUnavailable(Reply reply) {
        assertEquals(303, reply.status());
        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertFalse(reply.sets("scopedToken"));
    }
}
