package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.it.guards.AnonScopedPages;
import dev.portalauth.it.guards.ClosedApplication;
import dev.portalauth.it.guards.GuardedPages;
import dev.portalauth.it.guards.PlainPages;
import dev.portalauth.it.guards.StatementPages;
import dev.portalauth.it.guards.StatementReader;
import dev.portalauth.it.guards.TwiceReadPages;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * The Java API, JAX-RS guards: {@code @RequiresSession} and {@code @AccountScoped} answer the same
 * whether the module's filter guards the page (the demo's application, which registers every
 * provider) or only its interceptor does ({@link ClosedApplication} under {@code /closed}, which
 * lists its classes and so leaves the filter out): a guarded method never runs unguarded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JaxRsGuardsIT {

    private static final String JSON = "application/json";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .withClasses(GuardedPages.class, StatementPages.class, PlainPages.class, ClosedApplication.class,
                        AnonScopedPages.class, StatementReader.class, TwiceReadPages.class)
                .build();
    }

    private final Simulator kraken = new Simulator();

    private Browser scopedFor(String account) {
        return new Browser().cookie("scopedToken", kraken.mint("scoped", null, account, 3600));
    }

    private Browser accessToken() {
        return new Browser().cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, 3600));
    }

    private static Reply get(Browser browser, String path, String accept) {
        return browser.send(browser.request(path).header("Accept", accept).GET());
    }

    private static void assertRefused(Reply reply, int status, String error) {
        assertAll(
                () -> assertEquals(status, reply.status(), reply.body()),
                () -> assertEquals("{\"error\":\"" + error + "\"}", reply.body()),
                () -> assertTrue(reply.header("Content-Type").orElse("").startsWith(JSON)),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")));
    }

    /** Where a redirect leads inside the application: Jersey makes a relative {@code Location} absolute, RESTEasy does not. */
    private static String target(Reply reply) {
        URI location = URI.create(PortalDeployment.BASE + "/").resolve(reply.location());
        assertEquals(URI.create(PortalDeployment.BASE).getAuthority(), location.getAuthority(), "same origin");
        return location.getRawPath() + "?" + location.getRawQuery();
    }

    private static void assertEntered(Reply reply, String expected) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(expected, reply.body());
    }

    // --- no session, or the wrong kind -------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void withoutASessionAPageGoesToLoginWithARelativeNext(String app) {
        Reply reply = get(new Browser(), app + "/guarded/readings?account=" + ACCOUNT, BROWSER_ACCEPT);

        assertEquals(303, reply.status(), reply.body());
        assertEquals("/login?next=" + URLEncoder.encode(app + "/guarded/readings?account=" + ACCOUNT,
                StandardCharsets.UTF_8), target(reply));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void withoutASessionARequestPreferringJsonGets401(String app) {
        assertRefused(get(new Browser(), app + "/guarded/any", JSON), 401, "UNAUTHENTICATED");
        assertRefused(get(new Browser(), app + "/statements/" + ACCOUNT, JSON), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aRequestWithoutAcceptOrAcceptingAnythingGetsTheRedirect(String app) {
        Reply reply = new Browser().get(app + "/guarded/any");

        assertEquals(303, reply.status());
        assertEquals("/login?next=" + URLEncoder.encode(app + "/guarded/any", StandardCharsets.UTF_8),
                target(reply));
        assertEquals(303, get(new Browser(), app + "/guarded/any", "*/*").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void everySessionEntersAPageThatAcceptsEveryKind(String app) {
        assertEntered(scopedFor(ACCOUNT).get(app + "/guarded/any"), "entered scoped");
        assertEntered(accessToken().get(app + "/guarded/any"), "entered access-token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aKindThePageDoesNotListIsRefusedAndAListedOneEnters(String app) {
        Reply scopedOnFullOnly = scopedFor(ACCOUNT).get(app + "/guarded/full-only");
        Reply accessOnScopedOnly = get(accessToken(), app + "/guarded/scoped-only", JSON);

        assertEquals(303, scopedOnFullOnly.status());
        assertEquals("/login?next=" + URLEncoder.encode(app + "/guarded/full-only", StandardCharsets.UTF_8),
                target(scopedOnFullOnly));
        assertRefused(accessOnScopedOnly, 401, "UNAUTHENTICATED");
        assertEntered(accessToken().get(app + "/guarded/full-only"), "entered access-token");
        assertEntered(scopedFor(ACCOUNT).get(app + "/guarded/scoped-only"), "entered scoped");
    }

    // --- accounts ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aScopedSessionReadsItsOwnAccountFromThePathAndNoOther(String app) {
        Browser scoped = scopedFor(ACCOUNT);

        assertRefused(scoped.get(app + "/guarded/accounts/" + OTHER_ACCOUNT), 403, "ACCOUNT_MISMATCH");
        assertEntered(scoped.get(app + "/guarded/accounts/" + ACCOUNT), "entered scoped " + ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aScopedSessionReadsItsOwnAccountFromTheQueryAndNoOther(String app) {
        Browser scoped = scopedFor(ACCOUNT);

        assertRefused(scoped.get(app + "/guarded/readings?account=" + OTHER_ACCOUNT), 403, "ACCOUNT_MISMATCH");
        assertRefused(scoped.get(app + "/guarded/readings"), 403, "ACCOUNT_MISMATCH");
        assertEntered(scoped.get(app + "/guarded/readings?account=" + ACCOUNT), "entered scoped " + ACCOUNT);
    }

    @Test
    void theFilterSeesEveryValueOfARepeatedQueryParameter() {
        Reply reply = scopedFor(ACCOUNT).get("/guarded/readings?account=" + ACCOUNT + "&account=" + OTHER_ACCOUNT);

        assertRefused(reply, 403, "ACCOUNT_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void anAccountBoundByAFieldIsCheckedToo(String app) {
        Browser scoped = scopedFor(ACCOUNT);

        assertRefused(scoped.get(app + "/statements/" + OTHER_ACCOUNT), 403, "ACCOUNT_MISMATCH");
        assertEntered(scoped.get(app + "/statements/" + ACCOUNT), "statement " + ACCOUNT);
        assertEquals(303, new Browser().get(app + "/statements/" + ACCOUNT).status(), "account scoped needs a session");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aFullSessionPassesWhateverAccountItAsksFor(String app) {
        Browser user = accessToken();

        assertEntered(user.get(app + "/guarded/accounts/" + OTHER_ACCOUNT), "entered access-token " + OTHER_ACCOUNT);
        assertEntered(user.get(app + "/guarded/readings?account=" + OTHER_ACCOUNT),
                "entered access-token " + OTHER_ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aParameterNameBoundInPathAndQueryIsRefused(String app) {
        String path = app + "/guarded/twice/" + ACCOUNT + "?accountNumber=" + ACCOUNT;

        assertRefused(scopedFor(ACCOUNT).get(path), 403, "ACCOUNT_MISMATCH");
        assertRefused(accessToken().get(path), 403, "ACCOUNT_MISMATCH");
        assertTrue(ServerLog.text().contains("KPA-GUARD-001 " + GuardedPages.class.getName()), "logged once, named");
    }

    // --- fail closed -------------------------------------------------------------------------

    @Test
    void withoutTheFilterTheInterceptorGuardedThePagesAndSaidSo() {
        assertRefused(scopedFor(ACCOUNT).get("/closed/guarded/accounts/" + OTHER_ACCOUNT), 403, "ACCOUNT_MISMATCH");

        assertTrue(ServerLog.text().contains("KPA-GUARD-002 " + GuardedPages.class.getName() + ".account"),
                "the interceptor, not the filter, refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/closed"})
    void aResourceWithoutACdiScopeOfItsOwnIsGuardedEitherWay(String app) {
        assertEquals(303, new Browser().get(app + "/plain").status());
        assertEntered(scopedFor(ACCOUNT).get(app + "/plain"), "plain entered");
    }

    // --- what travels, what is remembered ------------------------------------------------------

    @Test
    void aPreSignedKeyInThePathNeverReachesNext() {
        Reply reply = get(accessToken(), "/anon/" + FEEDBACK_KEY + "/" + ACCOUNT + "/scoped-statement", BROWSER_ACCEPT);

        URI location = URI.create(PortalDeployment.BASE + "/").resolve(reply.location());
        assertEquals(303, reply.status(), reply.body());
        assertEquals("/login", location.getRawPath());
        assertNull(location.getRawQuery(), "no next");
        assertFalse(reply.location().contains(FEEDBACK_KEY), reply.location());
    }

    @Test
    void aGuardedBeanCalledTwiceInOneRequestIsJudgedEachTime() {
        Browser scoped = scopedFor(ACCOUNT);

        assertEntered(scoped.get("/twice-read/" + ACCOUNT + "?also=" + ACCOUNT),
                "statement " + ACCOUNT + ", statement " + ACCOUNT);
        assertRefused(get(scoped, "/twice-read/" + ACCOUNT + "?also=" + OTHER_ACCOUNT, JSON), 403, "ACCOUNT_MISMATCH");
    }
}
