package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static dev.portalauth.testkit.Fixtures.OTHER_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portalauth.internal.graphql.AllowedDocuments;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GraphqlRoute;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * Browser code runs the portal's allowed Kraken operations through {@code POST /api/graphql} as the
 * request's session: only allowed documents, only for the kinds they name, only same-site, bounded
 * in size and rate; Kraken's {@code data} and {@code errors} come back, nothing else goes there or
 * comes back. Each test is a client of its own behind the trusted proxy (localhost).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GraphqlRouteIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final AllowedDocuments DEMO = AllowedDocuments.load("classpath:graphql/allowed.txt",
            GraphqlRouteIT.class.getClassLoader());
    private static final String VIEWER_ACCOUNTS = "query ViewerAccounts { viewer { accounts { number status balance } } }";
    private static final String SCOPED_ACCOUNT = "query ScopedAccount($accountNumber: String!) {"
            + " account(accountNumber: $accountNumber) { number balance } }";
    private static final String VIEWER_ID = DEMO.byQuery(VIEWER_ACCOUNTS).orElseThrow().id();
    private static final String SCOPED_ID = DEMO.byQuery(SCOPED_ACCOUNT).orElseThrow().id();

    /**
     * The deployed portal, warmed up before the first test;
     * no fixture secret in the server log after the last.
     */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.x-client-ip-secret-key", "graphql-route-it-secret")
                .with("kraken.auth.trusted-proxies", "127.0.0.1, ::1")
                .with("kraken.auth.rate-limit.graphql", "3/PT1M")
                .with("kraken.auth.graphql-proxy.max-body", "2KB")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aLoggedInUserReadsTheirAccountsByIdAsThemselves() {
        Reply reply = GraphqlRoute.byId(loggedIn(), VIEWER_ID, Map.of());

        assertEquals(200, reply.status(), reply.body());
        JsonObject viewer = GraphqlRoute.json(reply).getJsonObject("data").getJsonObject("viewer");
        assertEquals(List.of(ACCOUNT, OTHER_ACCOUNT), viewer.getJsonArray("accounts").stream()
                .map(a -> a.asJsonObject().getString("number")).toList());
        assertFalse(GraphqlRoute.json(reply).containsKey("errors"));
        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
        assertTrue(reply.cookies().isEmpty(), "no cookie set or cleared: " + reply.cookies());
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void theSameOperationLaidOutAnotherWayRunsByItsText() {
        Reply reply = GraphqlRoute.byQuery(loggedIn(), "query ViewerAccounts{viewer{accounts{number,status,balance}}}",
                Map.of());

        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void neitherTheBrowsersCookiesNorItsAuthorizationReachKrakenButTheClientAddressDoes() {
        Browser user = loggedIn().header("Authorization", "not-a-kraken-token");
        String forwarded = user.request("/").build().headers().firstValue("X-Forwarded-For").orElseThrow();

        Reply reply = GraphqlRoute.byId(user, VIEWER_ID, Map.of());

        assertEquals(200, reply.status(), reply.body());
        assertTrue(GraphqlRoute.json(reply).getJsonObject("data").containsKey("viewer"), "ran as the session's token");
        JsonObject seen = Json.object(new Browser().get("/kraken/_control/client-ip").body());
        assertFalse(seen.containsKey("cookie"), seen.toString());
        assertEquals(forwarded, seen.getString("x-kraken-client-ip"));
    }

    @Test
    void krakensResponseHeadersStayAtThePortal() {
        Reply reply = GraphqlRoute.byId(loggedIn(), VIEWER_ID, Map.of());

        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(reply.header("Connection").map(c -> c.equalsIgnoreCase("close")).orElse(false));
    }

    @Test
    void krakensGraphqlErrorsArePassedThrough() {
        kraken.graphqlError("KT-CT-1111", "viewer");

        Reply reply = GraphqlRoute.byId(loggedIn(), VIEWER_ID, Map.of());

        assertEquals(200, reply.status(), reply.body());
        assertEquals("KT-CT-1111", GraphqlRoute.json(reply).getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("errorCode"));
    }

    @Test
    void aScopedSessionRunsADocumentForScopedSessions() {
        Reply reply = GraphqlRoute.byId(scoped(), SCOPED_ID, Map.of("accountNumber", ACCOUNT));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(ACCOUNT, GraphqlRoute.json(reply).getJsonObject("data").getJsonObject("account").getString("number"));
    }

    @Test
    void aKindTheDocumentDoesNotNameIsRefusedWithoutAKrakenCall() {
        Reply scopedAsksForViewer = GraphqlRoute.byId(scoped(), VIEWER_ID, Map.of());
        Reply userAsksForScoped = GraphqlRoute.byId(loggedIn(), SCOPED_ID, Map.of("accountNumber", ACCOUNT));

        assertAll(
                () -> assertRefused(403, "OPERATION_NOT_ALLOWED", scopedAsksForViewer),
                () -> assertRefused(403, "OPERATION_NOT_ALLOWED", userAsksForScoped),
                () -> assertEquals(0, kraken.calls("viewer") + kraken.calls("account")));
    }

    @Test
    void anOperationThePortalDoesNotAllowIsRefusedWithoutAKrakenCall() {
        Browser user = loggedIn();

        Reply extraField = GraphqlRoute.byQuery(user,
                "query ViewerAccounts { viewer { id email accounts { number status balance } } }", Map.of());
        Reply mutation = GraphqlRoute.byQuery(user,
                "mutation { obtainKrakenToken(input: {refreshToken: \"x\"}) { token } }", Map.of());
        Reply unknownId = GraphqlRoute.byId(user, "0".repeat(64), Map.of());

        assertAll(
                () -> assertRefused(400, "OPERATION_NOT_ALLOWED", extraField),
                () -> assertRefused(400, "OPERATION_NOT_ALLOWED", mutation),
                () -> assertRefused(400, "OPERATION_NOT_ALLOWED", unknownId),
                () -> assertEquals(0, kraken.calls("viewer")),
                () -> assertEquals(0, kraken.calls("obtainKrakenToken.refreshToken")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [{"id":"VIEWER"}]
            {"id":"VIEWER","query":"query { viewer { id } }"}
            {"id":"VIEWER","variables":[]}
            {"id":"VIEWER","extensions":{}}
            {"id":"VIEWER"} {"id":"VIEWER"}
            not json
            """)
    void anyOtherBodyIsRefusedWithoutAKrakenCall(String body) {
        Reply reply = loggedIn().postJson(GraphqlRoute.PATH, body.replace("VIEWER", VIEWER_ID));

        assertRefused(400, "OPERATION_NOT_ALLOWED", reply);
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void withoutASessionItIsUnauthenticated() {
        Reply reply = GraphqlRoute.byId(client(), VIEWER_ID, Map.of());

        assertRefused(401, "UNAUTHENTICATED", reply);
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        Browser user = loggedIn();
        Reply form = user.send(user.request(GraphqlRoute.PATH).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=" + VIEWER_ID)));
        Reply text = user.send(user.request(GraphqlRoute.PATH).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + VIEWER_ID + "\"}")));

        assertEquals(415, form.status());
        assertEquals(415, text.status());
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void aBodyOverTheBoundIsTooLarge() {
        String padding = " ".repeat(3000);
        Reply reply = loggedIn().postJson(GraphqlRoute.PATH, "{\"id\":\"" + VIEWER_ID + "\"" + padding + "}");

        assertRefused(413, "PAYLOAD_TOO_LARGE", reply);
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void aBodyOverTheBoundWithoutALengthIsTooLargeToo() {
        Browser user = loggedIn();
        byte[] chunk = " ".repeat(1000).getBytes();
        Reply reply = user.send(user.request(GraphqlRoute.PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(("{\"id\":\"" + VIEWER_ID + "\"").getBytes(),
                        chunk, chunk, chunk, "}".getBytes()))));

        assertRefused(413, "PAYLOAD_TOO_LARGE", reply);
        assertEquals(0, kraken.calls("viewer"));
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}")
    @CsvSource(textBlock = """
            cross-site,  -
            same-site,   -
            -,           https://evil.example
            -,           null
            same-origin, https://evil.example
            """)
    void aCrossSiteCallIsRefusedWithoutAKrakenCall(String fetchSite, String origin) {
        Browser user = loggedIn();
        if (!fetchSite.equals("-")) {
            user.header("Sec-Fetch-Site", fetchSite);
        }
        if (!origin.equals("-")) {
            user.header("Origin", origin);
        }

        Reply reply = GraphqlRoute.byId(user, VIEWER_ID, Map.of());

        assertRefused(403, "CROSS_SITE", reply);
        assertEquals(0, kraken.calls("viewer"));
    }

    @Test
    void aSameOriginBrowserCallRuns() {
        Browser user = loggedIn().header("Sec-Fetch-Site", "same-origin").header("Origin", PortalDeployment.BASE);

        assertEquals(200, GraphqlRoute.byId(user, VIEWER_ID, Map.of()).status());
    }

    @Test
    void onlyPostIsServed() {
        assertEquals(405, loggedIn().get(GraphqlRoute.PATH).status());
    }

    @Test
    void beyondTheClientsLimitItIsRateLimitedWithoutAKrakenCall() {
        Browser user = loggedIn();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, GraphqlRoute.byId(user, VIEWER_ID, Map.of()).status());
        }

        Reply reply = GraphqlRoute.byId(user, VIEWER_ID, Map.of());

        assertRefused(429, "RATE_LIMITED", reply);
        assertTrue(Integer.parseInt(reply.header("Retry-After").orElse("0")) >= 1);
        assertEquals(3, kraken.calls("viewer"));
    }

    @Test
    void krakenUnavailableIsServiceUnavailable() {
        kraken.fault("HTTP_500", 0, "viewer");

        Reply reply = GraphqlRoute.byId(loggedIn(), VIEWER_ID, Map.of());

        assertRefused(503, "KRAKEN_UNAVAILABLE", reply);
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAsUsualAndTheOperationCalledOnce() {
        Browser user = loggedIn();
        user.cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));
        int refreshesBefore = kraken.calls("obtainKrakenToken.refreshToken");

        Reply reply = GraphqlRoute.byId(user, VIEWER_ID, Map.of());

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.sets("accessToken"), "the refreshed token is set");
        assertEquals(refreshesBefore + 1, kraken.calls("obtainKrakenToken.refreshToken"));
        assertEquals(1, kraken.calls("viewer"));
    }

    @Test
    void theBrowserModuleIsCacheableAndNeverSetsACookieNotEvenForAnExpiredSession() {
        Browser firstVisit = client();
        Browser expired = loggedIn();
        expired.cookie("accessToken", kraken.mint("access", DEMO_USER_ID, null, -10));
        int refreshesBefore = kraken.calls("obtainKrakenToken.refreshToken");

        for (Reply reply : List.of(firstVisit.get("/api/auth/client.js"), expired.get("/api/auth/client.js"))) {
            assertEquals(200, reply.status());
            assertTrue(reply.header("Content-Type").orElse("").startsWith("text/javascript"), reply.allHeaders());
            assertTrue(reply.header("Cache-Control").orElse("").startsWith("public, max-age="), reply.allHeaders());
            assertTrue(reply.cookies().isEmpty(), "no guest cookie, no refresh: " + reply.cookies());
            assertTrue(reply.body().contains("export function graphql(idOrQuery, variables = {})"));
            assertTrue(reply.body().contains("\"graphql\":\"/api/graphql\""), "knows the configured route");
        }
        assertEquals(refreshesBefore, kraken.calls("obtainKrakenToken.refreshToken"));
    }

    private static void assertRefused(int status, String error, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(error, Json.object(reply.body()).getString("error"));
        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
    }

    /** A browser of its own client address, as the trusted proxy (localhost) reports it. */
    private static Browser client() {
        return new Browser().header("X-Forwarded-For", "198.51.100." + CLIENTS.getAndIncrement());
    }

    private static Browser loggedIn() {
        return Sessions.loggedIn(client());
    }

    private static Browser scoped() {
        return Sessions.scoped(client(), METER_KEY);
    }
}
