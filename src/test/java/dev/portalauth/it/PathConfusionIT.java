package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

    @AfterAll
    static void theKeyWasNeverLogged() {
        ServerLog.assertNoSecrets(KEY);
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

        assertNotServed(vector, answer);
        assertEquals(400, answer.status(), vector + ": " + head(answer));
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
        RawHttp.Answer answer = RawHttp.send("GET", uri + "?key=" + METER_KEY);

        assertEquals(400, answer.status(), vector + ": " + head(answer));
        assertFalse(answer.text().contains("Set-Cookie"), vector);
        assertEquals(0, kraken.calls("obtainKrakenToken.preSignedKey"), vector + ": Kraken was asked");
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
