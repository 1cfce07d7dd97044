package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;

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
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/**
 * One WAR, two servers: where Payara Micro and OpenLiberty are known to differ, the module
 * behaves the same. The build runs this class on both ({@code mvn verify}, {@code mvn verify -Pliberty}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortabilityIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final int KRAKEN_LATENCY_MS = 4000;

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.read-timeout", "PT1S")
                .with("kraken.auth.cookie.same-site", "Strict")
                .with("kraken.auth.cookie.domain", "localhost")
                // The build gives the server process _ENVCHECK_KRAKEN_AUTH_ROUTES_ANON_ALLOW_LIST
                // (pom.xml, failsafe): only this deployment, in this MicroProfile Config profile, reads it.
                .with("mp.config.profile", "envcheck")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();
    private final Browser browser = new Browser();

    @Test
    void theMechanismRunsOnAJaxRsPathThatNoConstraintProtects() {
        Reply visitor = browser.get("/portability/open");
        browser.cookie("scopedToken", kraken.mint("scoped", null, ACCOUNT, 3600));

        Reply scoped = browser.get("/portability/open");

        JsonObject page = Json.object(scoped.body());
        assertAll(
                () -> assertEquals(200, visitor.status()),
                () -> assertTrue(visitor.sets("jwt"), "a first visit gets a guest cookie"),
                () -> assertEquals("scoped", page.getString("authMethod")),
                () -> assertEquals(ACCOUNT, page.getString("accountNumber")),
                () -> assertEquals(page.getString("sub"), page.getString("caller"), "the container knows the caller"),
                () -> assertEquals("scoped", page.getString("group")));
    }

    @Test
    void everyCookieIsSetWithExactlyTheConfiguredAttributes() {
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");

        for (String name : new String[] {"scopedToken", "jwt"}) {
            SetCookie cookie = reply.cookie(name).orElseThrow(() -> new AssertionError(name + " is set"));
            assertAll(name,
                    () -> assertEquals(names("Max-Age", "Path", "Domain", "HttpOnly", "Secure", "SameSite"),
                            names(cookie.attributes().keySet()), "no attribute added, none lost"),
                    () -> assertEquals("/", cookie.attribute("Path").orElseThrow()),
                    () -> assertEquals("localhost", cookie.attribute("Domain").orElseThrow()),
                    () -> assertEquals("Strict", cookie.attribute("SameSite").orElseThrow()),
                    () -> assertTrue(cookie.maxAge() > 0, "Max-Age in seconds"),
                    () -> assertFalse(cookie.value().startsWith("\""), "the value is not quoted"));
        }
        assertEquals("no-store", reply.header("Cache-Control").orElse(""), "exactly the module's Cache-Control");
        assertFalse(reply.header("Expires").isPresent(), "no Expires added by the server");
    }

    @Test
    void aClearedCookieKeepsTheAttributesItWasSetWith() {
        browser.cookie("scopedToken", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        Reply reply = browser.get("/portability/open");

        SetCookie cleared = reply.cookie("scopedToken").orElseThrow();
        assertAll(
                () -> assertTrue(cleared.clears(), "Max-Age=0"),
                () -> assertEquals("", cleared.value()),
                () -> assertEquals(names("Max-Age", "Path", "Domain", "HttpOnly", "Secure", "SameSite"),
                        names(cleared.attributes().keySet())),
                () -> assertEquals("/", cleared.attribute("Path").orElseThrow()),
                () -> assertEquals("localhost", cleared.attribute("Domain").orElseThrow()));
    }

    @Test
    void aKeyFromAnEnvironmentVariableIsReadByMicroProfileConfigsNameMapping() {
        Reply allowed = browser.get("/anon/env-mapped/page");
        Reply notAllowed = browser.get("/anon");

        assertEquals(200, allowed.status(), "allow-listed through the environment");
        assertEquals("none", Json.object(allowed.body()).getString("authMethod"));
        assertEquals("/login?error=PRE_SIGNED_KEY_MISSING", notAllowed.location(), "the rest of /anon is not");
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void theRestClientReadTimeoutEndsTheWaitForASlowKraken() {
        kraken.fault("NONE", KRAKEN_LATENCY_MS);

        long start = System.nanoTime();
        Reply reply = browser.get("/anon/" + METER_KEY + "/probe");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", reply.location());
        assertTrue(elapsedMs < KRAKEN_LATENCY_MS, "answered after the 1 s read timeout, not Kraken's "
                + KRAKEN_LATENCY_MS + " ms: " + elapsedMs + " ms");
    }

    private static Set<String> names(String... names) {
        return names(Set.of(names));
    }

    private static Set<String> names(Set<String> names) {
        Set<String> lower = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        lower.addAll(names);
        return lower;
    }
}
