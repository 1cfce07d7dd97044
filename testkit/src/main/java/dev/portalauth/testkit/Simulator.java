package dev.portalauth.testkit;

import java.net.http.HttpRequest;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Kraken simulator's control endpoints, as tests use them. Registered as an extension
 * ({@code @RegisterExtension final Simulator kraken = new Simulator();}) it is reset before each
 * test: no fault, lifetime or count of one test reaches the next.
 */
public final class Simulator implements BeforeEachCallback {

    private final Browser http;

    /** The simulator of a deployment at {@code /}. */
    public Simulator() {
        this(new Browser());
    }

    private Simulator(Browser http) {
        this.http = http;
    }

    /**
     * The simulator of a deployment at {@code contextPath} (e.g. {@code /portal}).
     *
     * @param contextPath the deployment's context root
     * @return the extension, to register with {@code @RegisterExtension}
     */
    public static Simulator at(String contextPath) {
        return new Simulator(Browser.at(contextPath));
    }

    /**
     * The first exchanges on a freshly deployed WAR load and compile the Kraken client, the simulator
     * and graphql-java, which can outlast a short read timeout: classes whose deployment sets one run
     * this once before their tests, so the tests measure Kraken and not start-up.
     */
    public static void warmUp() {
        for (int i = 0; i < 3; i++) {
            new Browser().get("/anon/" + Fixtures.METER_KEY + "/probe");
        }
    }

    /** Resets the simulator before each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    /** No fault, counters at 0, default lifetimes; remembered tokens and keys forgotten. */
    public void reset() {
        post("/kraken/_control/reset", "{}");
    }

    /**
     * e.g. {@code fault("HTTP_500", 0)} or {@code fault("NONE", 2000)} for latency alone.
     *
     * @param mode      {@code NONE} (latency alone), {@code HTTP_500}, {@code HTTP_429}, {@code GRAPHQL_ERROR}, {@code MALFORMED_BODY}, {@code EMPTY_BODY}, {@code CLOSE_CONNECTION} or {@code HEADERS_ONLY}
     * @param latencyMs how long the simulator waits before answering
     */
    public void fault(String mode, int latencyMs) {
        post("/kraken/_control/faults", "{\"mode\":\"" + mode + "\",\"latencyMs\":" + latencyMs + "}");
    }

    /**
     * {@code mode} and latency for the calls of one counter name only ({@code obtainKrakenToken.refreshToken}, …).
     *
     * @param mode      as {@link #fault(String, int)}
     * @param latencyMs how long the simulator waits before answering
     * @param operation the counter name of the calls it applies to
     */
    public void fault(String mode, int latencyMs, String operation) {
        post("/kraken/_control/faults", "{\"mode\":\"" + mode + "\",\"latencyMs\":" + latencyMs
                + ",\"operations\":[\"" + operation + "\"]}");
    }

    /**
     * Kraken refuses the calls of one counter name with an error code, as it does: HTTP 200 and
     * {@code errors[].extensions.errorCode}.
     *
     * @param errorCode e.g. {@code KT-CT-1134}
     * @param operation the counter name of the calls it applies to
     */
    public void graphqlError(String errorCode, String operation) {
        post("/kraken/_control/faults", "{\"mode\":\"GRAPHQL_ERROR\",\"errorCode\":\"" + errorCode
                + "\",\"operations\":[\"" + operation + "\"]}");
    }

    /**
     * How long the tokens the simulator issues from now on live.
     *
     * @param accessSeconds  access tokens (logins, refreshes)
     * @param refreshSeconds refresh tokens
     * @param scopedSeconds  scoped tokens (pre-signed key exchanges)
     */
    public void lifetimes(int accessSeconds, int refreshSeconds, int scopedSeconds) {
        post("/kraken/_control/lifetimes", "{\"accessSeconds\":" + accessSeconds + ",\"refreshSeconds\":"
                + refreshSeconds + ",\"scopedSeconds\":" + scopedSeconds + "}");
    }

    /**
     * How long the organisation tokens the simulator issues from now on live.
     *
     * @param seconds the lifetime
     */
    public void organizationLifetime(int seconds) {
        post("/kraken/_control/lifetimes", "{\"organizationSeconds\":" + seconds + "}");
    }

    /**
     * Calls Kraken received since the last reset, by counter name ({@code obtainKrakenToken.preSignedKey}, …).
     *
     * @param counter a counter name: {@code total}, a top-level field, or {@code obtainKrakenToken.} and a credential kind
     * @return how many such calls the simulator received
     */
    public int calls(String counter) {
        JsonObject calls = json(http.get("/kraken/_control/calls").body());
        return calls.containsKey(counter) ? calls.getInt(counter) : 0;
    }

    /**
     * A token minted by the simulator: {@code kind} access, scoped or masquerade.
     *
     * @param kind             {@code access}, {@code scoped} or {@code masquerade}
     * @param userId           the user it is for, or null
     * @param accountNumber    the account of a scoped token, or null
     * @param expiresInSeconds its lifetime (negative: already expired)
     * @return the signed token
     */
    public String mint(String kind, String userId, String accountNumber, int expiresInSeconds) {
        StringBuilder body = new StringBuilder("{\"kind\":\"").append(kind).append('"');
        if (userId != null) {
            body.append(",\"userId\":\"").append(userId).append('"');
        }
        if (accountNumber != null) {
            body.append(",\"accountNumber\":\"").append(accountNumber).append('"');
        }
        body.append(",\"expiresInSeconds\":").append(expiresInSeconds).append('}');
        return json(post("/kraken/_control/tokens", body.toString()).body()).getString("token");
    }

    private Reply post(String path, String json) {
        Reply reply = http.send(http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("simulator control " + path + " answered " + reply.status()
                    + " (did the deployment fail? see " + System.getProperty("it.server-log", "the server log") + ")");
        }
        return reply;
    }

    private static JsonObject json(String text) {
        return Json.object(text);
    }
}
