package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.it.paths.GuardedServlet;
import dev.portalauth.it.paths.GuardedTargets;
import dev.portalauth.it.paths.TargetsApplication;
import dev.portalauth.testkit.Simulator;

/**
 * The path the rules judge is the path the server serves, on both servers: each kind of target a
 * portal serves under a guarded pathname (a static file, a plain servlet, a JAX-RS fixed template
 * and a JAX-RS catch-all, under the dashboard and under anon) against the URI tricks that make a
 * server map a request otherwise than a plain reading of its URI. A confusing URI is refused with
 * 400 before the chain runs; the allowed oddities (empty segments, a path parameter on the last
 * segment) stay guarded. Never protected content without its session, never a 500, and the
 * anon targets' key is never repeated in an answer or the server log.
 *
 * <p>Its own WAR: the JAX-RS application sits at {@code /rs}, not {@code /*}, so that the container
 * serves the static files; the guarded pathnames list the JAX-RS paths too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathConfusionIT {

    private static final String KEY = GuardedServlet.KEY;

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().withoutPages()
                .with("kraken.auth.routes.dashboard.pathname", "/dashboard,/rs/dashboard")
                .with("kraken.auth.routes.anon.pathname", "/anon,/rs/anon")
                .withClasses(TargetsApplication.class, GuardedTargets.class, GuardedServlet.class)
                .build()
                .addAsWebResource(new StringAsset(GuardedTargets.CONTENT + " dashboard static"), "dashboard/statement.html")
                .addAsWebResource(new StringAsset(GuardedTargets.CONTENT + " anon static"), "anon/" + KEY + "/page.html");
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    private static final boolean LIBERTY = "liberty".equals(System.getProperty("arquillian.launch"));

    /**
     * What each server answers itself, before the module (docs/OPERATIONS.md, "What the servers answer themselves"): for
     * these the test asks only that no protected content is served, there or where a redirect
     * leads, and no 5xx.
     */
    private static final Set<String> SERVERS_OWN_ANSWERS = LIBERTY
            // Liberty's own 400 page, repeating the URI's first 127 characters; ";jsessionid=": Liberty
            // takes it out of the URI before the module sees it (RESTEasy still reads the whole URL: 404).
            ? Set.of(";/..;/ after the target", "..; before the target", "..;x after the target", "%00 after the target",
                    "an encoded tab %09", ";jsessionid= in a middle segment", ";jsessionid= then .. before the target")
            // Payara cuts the URI at its first ';': a folder of the WAR is then redirected to with a
            // slash (301, the rest re-encoded as a segment); ";jsessionid=": the rest of the path is
            // taken as the session id, and the request is the path before it.
            : Set.of(";jsessionid= in a middle segment", ";x= in the segment before the last");

    /**
     * Payara only: now and then, on a server that has served other requests and deployments before,
     * a trailing {@code /.} makes Grizzly's URI normaliser fail before any application
     * ({@code AS-WEB-CORE-00037}, an {@code ArrayIndexOutOfBoundsException}) and the answer is an
     * empty 200; otherwise the module refuses it.
     */
    private static boolean grizzlyAnsweredFirst(String vector, RawHttp.Answer answer) {
        return !LIBERTY && vector.equals("/. at the end of the target")
                && answer.status() == 200 && "0".equals(header(answer, "Content-Length"));
    }

    /**
     * On OpenLiberty, only where its web container logs a URI it refuses before any application
     * ({@code SRVE0315E} with {@code CWWWC0005I}, for URIs with {@code %2e}, {@code %2F}, {@code %5C}
     * or a backslash), and where its MicroProfile Metrics exception mapper logs a JAX-RS 404 with the
     * whole URL ({@code RESTEASY003210}, for {@code ;jsessionid=} in a middle segment): the residual
     * risks of {@code server-config/liberty/README.md}.
     */
    @AfterAll
    static void theKeyWasNeverLogged() {
        if (!LIBERTY) {
            ServerLog.assertNoSecrets(KEY);
            return;
        }
        for (String line : ServerLog.text().split("\n")) {
            assertFalse(line.contains(KEY) && !line.contains("CWWWC0005I") && !line.contains("RESTEASY003210"),
                    "the key is logged: " + line.replace(KEY, "<key>"));
        }
    }

    /** Every kind of target, under the dashboard and under anon (whose key is {@link #KEY}). */
    private static final List<String> TARGETS = List.of(
            "/dashboard/statement.html",
            "/dashboard/servlet/report",
            "/rs/dashboard/fixed",
            "/rs/dashboard/any/thing",
            "/anon/" + KEY + "/page.html",
            "/anon/" + KEY + "/report.svc",
            "/rs/anon/" + KEY + "/fixed",
            "/rs/anon/" + KEY + "/any/thing");

    /**
     * URIs refused with 400, each built from a target: tricks after the target climb out of the
     * guarded pathname as the module used to read them (enough {@code ..} to reach the root, then
     * {@code /x}), tricks inside it leave the target where a server may still map it.
     */
    static Stream<Arguments> confusingUris() {
        List<Arguments> all = new ArrayList<>();
        vector(all, ";/..;/ after the target", t -> t + ";" + "/..;".repeat(depth(t)) + "/x");
        vector(all, "..; before the target", t -> "/x/..;" + t);
        vector(all, "%2e%2e after the target", t -> t + "/%2e%2e".repeat(depth(t)) + "/x");
        vector(all, "%2e%2e before the target", t -> "/x/%2e%2e" + t);
        vector(all, "%2E. after the target", t -> t + "/%2E.".repeat(depth(t)) + "/x");
        vector(all, ".%2e after the target", t -> t + "/.%2e".repeat(depth(t)) + "/x");
        vector(all, "mixed-case %2e%2E after the target", t -> t + "/%2e%2E".repeat(depth(t)) + "/x");
        vector(all, "..;x after the target", t -> t + "/..;x".repeat(depth(t)) + "/x");
        vector(all, "%2F after the target", t -> t + "%2F..".repeat(depth(t)) + "%2Fx");
        vector(all, "%2f after the target", t -> t + "%2f..".repeat(depth(t)) + "%2fx");
        vector(all, "%2F inside the target", t -> t.replaceFirst("/(?=[^/]*$)", "%2F"));
        vector(all, "%5C after the target", t -> t + "%5C..".repeat(depth(t)) + "%5Cx");
        vector(all, "mixed-case %5c inside the target", t -> t.replaceFirst("/(?=[^/]*$)", "%5c"));
        vector(all, "\\ after the target", t -> t + "\\..".repeat(depth(t)) + "\\x");
        vector(all, "/./ inside the target", t -> t.replaceFirst("/(?=[^/]*$)", "/./"));
        vector(all, "/. at the end of the target", t -> t + "/.");
        vector(all, "%00 after the target", t -> t + "%00.html");
        vector(all, "%00 as a segment", t -> t + "/%00/" + "../".repeat(depth(t)) + "x");
        vector(all, "an encoded tab %09", t -> t + "%09");
        vector(all, "overlong UTF-8 dots %c0%ae", t -> t + "/%c0%ae%c0%ae".repeat(depth(t)) + "/x");
        vector(all, "overlong UTF-8 slash %c0%af", t -> t + "%c0%af..".repeat(depth(t)) + "%c0%afx");
        vector(all, ";jsessionid= in a middle segment", t -> t.replaceFirst("(?<=^/[^/]{1,20})/", ";jsessionid=1/"));
        vector(all, ";x= in the segment before the last", t -> t.replaceFirst("/(?=[^/]*$)", ";x=1/"));
        vector(all, ";jsessionid= then .. before the target", t -> t.replaceFirst("^(/rs)?/", "$0x;jsessionid=1/../"));
        return all.stream();
    }

    /** URIs that are not refused, and are still judged by the target's rule. */
    static Stream<Arguments> allowedOddities() {
        List<Arguments> all = new ArrayList<>();
        vector(all, "// inside the target", t -> t.replaceFirst("/(?=[^/]*$)", "//"));
        vector(all, "// at the start", t -> "/" + t);
        vector(all, "a trailing /", t -> t + "/");
        vector(all, ";x on the last segment", t -> t + ";x");
        vector(all, ";jsessionid= on the last segment", t -> t + ";jsessionid=ABC");
        return all.stream();
    }

    private static void vector(List<Arguments> all, String name, UnaryOperator<String> build) {
        for (String target : TARGETS) {
            all.add(Arguments.of(name, target, build.apply(target)));
        }
    }

    private static int depth(String target) {
        return (int) target.chars().filter(c -> c == '/').count();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("confusingUris")
    void aConfusingUriIsRefusedAndNeverReachesTheTarget(String vector, String target, String uri) {
        RawHttp.Answer answer = RawHttp.send("GET", uri);

        if (SERVERS_OWN_ANSWERS.contains(vector)) {
            assertNeitherServedNorRedirectedToProtectedContent(vector, answer);
            return;
        }
        assertNotServed(vector, answer);
        if (!grizzlyAnsweredFirst(vector, answer)) {
            assertEquals(400, answer.status(), vector + ": " + head(answer));
        }
        assertFalse(answer.text().contains("Set-Cookie"), vector + ": refused before the chain sets a cookie");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("allowedOddities")
    void anAllowedOddityIsJudgedByTheTargetsRule(String vector, String target, String uri) {
        RawHttp.Answer answer = RawHttp.send("GET", uri);

        assertNotServed(vector, answer);
        assertEquals(303, answer.status(), vector + ": the guarded rule answers (login) " + head(answer));
    }

    /** The refusal comes before the chain: a genuine key in the query is not even exchanged. */
    static Stream<Arguments> confusingUrisOfTheAnonPage() {
        return confusingUris().filter(a -> a.get()[1].equals(TARGETS.get(4)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("confusingUrisOfTheAnonPage")
    void aConfusingUriWithAGenuineKeyExchangesNothing(String vector, String target, String uri) {
        // Not where the server answers first (there it may take the rest as a session id, and serve
        // the page before it with the key), nor Liberty's ';' before the last segment with a query:
        // its web container fails (500, StringIndexOutOfBoundsException) before any application.
        assumeFalse(SERVERS_OWN_ANSWERS.contains(vector)
                || LIBERTY && vector.equals(";x= in the segment before the last"), "the server answers first");
        RawHttp.Answer answer = RawHttp.send("GET", uri + "?key=" + METER_KEY);

        if (!grizzlyAnsweredFirst(vector, answer)) {
            assertEquals(400, answer.status(), vector + ": " + head(answer));
        }
        assertFalse(answer.text().contains("Set-Cookie"), vector);
        assertEquals(0, kraken.calls("obtainKrakenToken.preSignedKey"), vector + ": Kraken was asked");
    }

    /** What a server answers itself: no protected content and no 5xx, nor where its redirect leads. */
    private static void assertNeitherServedNorRedirectedToProtectedContent(String vector, RawHttp.Answer answer) {
        assertFalse(answer.text().contains(GuardedTargets.CONTENT), vector + ": SERVED protected content");
        assertTrue(answer.status() != 0 && answer.status() < 500, vector + ": status " + answer.status());
        String location = header(answer, "Location");
        if (answer.status() / 100 == 3 && location != null) {
            RawHttp.Answer followed = RawHttp.send("GET", URI.create(location).getRawPath());
            assertFalse(followed.text().contains(GuardedTargets.CONTENT), vector + ": SERVED after the redirect");
            assertTrue(followed.status() != 0 && followed.status() < 500, vector + ": after the redirect "
                    + head(followed));
        }
    }

    private static String header(RawHttp.Answer answer, String name) {
        for (String line : answer.text().split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    private static void assertNotServed(String vector, RawHttp.Answer answer) {
        assertAll(vector,
                () -> assertFalse(answer.text().contains(GuardedTargets.CONTENT), "SERVED protected content: "
                        + head(answer)),
                () -> assertTrue(answer.status() != 0 && answer.status() < 500, "status " + answer.status()),
                () -> assertFalse(answer.text().contains(KEY) || answer.text().contains(METER_KEY),
                        "the key is repeated: " + head(answer)));
    }

    /** The status line and headers, for failure messages: never the body, which may repeat the key. */
    private static String head(RawHttp.Answer answer) {
        int end = answer.text().indexOf("\r\n\r\n");
        return (end < 0 ? answer.text() : answer.text().substring(0, end)).replace(KEY, "<key>");
    }
}
