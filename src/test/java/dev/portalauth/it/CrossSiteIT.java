package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The built-in endpoints, end to end: login and logout refuse a request when ANY browser signal says it
 * is cross-site, whatever the other says, with {@code 403 {"error":"CROSS_SITE"}}; requests with
 * neither header (non-browser clients) pass, and so does {@code Origin: null} vouched for by
 * {@code Sec-Fetch-Site: same-origin} (a form on a page served with {@code Referrer-Policy: no-referrer}).
 * The portal's origin here is the request's own ({@code http://localhost:<port>}: no
 * {@code kraken.auth.public-origin}, so no Kraken OAuth). {@code -} = header absent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final String SELF = PortalDeployment.BASE;
    private static final String OTHER_PORT = "http://localhost:" + (PortalDeployment.PORT + 1);
    private static final String OTHER_SCHEME = "https://localhost:" + PortalDeployment.PORT;

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().withoutKrakenOAuth().build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    /** Each row: Sec-Fetch-Site, Origin. Every one has a signal that says cross-site. */
    private static final String REFUSED = """
            same-origin, https://evil.example
            cross-site,  null
            none,        https://evil.example
            cross-site,  SELF
            same-site,   SELF
            cross-site,  -
            -,           https://evil.example
            -,           null
            -,           OTHER_PORT
            same-origin, OTHER_PORT
            -,           OTHER_SCHEME
            """;

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = REFUSED)
    void aCrossSiteLoginIsRefusedWithCrossSiteJsonAndNeverReachesKraken(String fetchSite, String origin) {
        Reply reply = browser(fetchSite, origin).postForm("/api/auth/login",
                Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertCrossSiteRefusal(reply);
        assertFalse(reply.sets("accessToken"));
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = REFUSED)
    void aCrossSiteJsonLoginIsRefusedAlike(String fetchSite, String origin) {
        Reply reply = browser(fetchSite, origin).postJson("/api/auth/login",
                "{\"email\":\"" + DEMO_EMAIL + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");

        assertCrossSiteRefusal(reply);
        assertEquals(0, kraken.calls("obtainKrakenToken.email"));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = REFUSED)
    void aCrossSiteLogoutIsRefusedAndTheSessionStays(String fetchSite, String origin) {
        Browser user = Sessions.loggedIn();
        with(user, fetchSite, origin);

        Reply reply = user.postForm("/api/auth/logout", Map.of());

        assertCrossSiteRefusal(reply);
        assertFalse(reply.clears("accessToken") || reply.clears("refreshToken"));
        assertEquals("access-token", Json.object(user.get("/probe").body()).getString("authMethod"));
    }

    /** Each row: Sec-Fetch-Site, Origin. No signal says cross-site. */
    private static final String ACCEPTED = """
            -,           -
            none,        -
            same-origin, -
            -,           SELF
            same-origin, SELF
            none,        SELF
            same-origin, null
            """;

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = ACCEPTED)
    void aSameOriginOrHeaderlessLoginIsAccepted(String fetchSite, String origin) {
        Browser browser = browser(fetchSite, origin);

        Reply reply = browser.postForm("/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertEquals(303, reply.status());
        assertEquals("/dashboard", reply.location());
        assertTrue(reply.sets("accessToken"));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = ACCEPTED)
    void aSameOriginOrHeaderlessLogoutIsAccepted(String fetchSite, String origin) {
        Browser user = Sessions.loggedIn();
        with(user, fetchSite, origin);

        Reply reply = user.postForm("/api/auth/logout", Map.of());

        assertEquals(303, reply.status());
        assertTrue(reply.clears("accessToken"));
    }

    @Test
    void theRefusalIsNotCachedAndSaysNothingElse() {
        Reply reply = browser("cross-site", "https://evil.example").postForm("/api/auth/login",
                Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));

        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
        assertEquals("{\"error\":\"CROSS_SITE\"}", reply.body());
    }

    private static void assertCrossSiteRefusal(Reply reply) {
        assertAll(
                () -> assertEquals(403, reply.status()),
                () -> assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"),
                        reply.header("Content-Type").orElse("no Content-Type")),
                () -> assertEquals("CROSS_SITE", Json.object(reply.body()).getString("error")));
    }

    private static Browser browser(String fetchSite, String origin) {
        return with(new Browser(), fetchSite, origin);
    }

    private static Browser with(Browser browser, String fetchSite, String origin) {
        if (!fetchSite.equals("-")) {
            browser.header("Sec-Fetch-Site", fetchSite);
        }
        if (!origin.equals("-")) {
            browser.header("Origin", switch (origin) {
                case "SELF" -> SELF;
                case "OTHER_PORT" -> OTHER_PORT;
                case "OTHER_SCHEME" -> OTHER_SCHEME;
                default -> origin;
            });
        }
        return browser;
    }

    /** This deployment sets neither a public origin nor trusted proxies: start-up says what to set. */
    @Test
    void withoutAPublicOriginOrTrustedProxiesStartUpWarnsNamingTheKey() {
        assertTrue(ServerLog.text().contains("KPA-CROSS-001 kraken.auth.cross-site.protect=all without"
                + " kraken.auth.public-origin"));
    }

}
