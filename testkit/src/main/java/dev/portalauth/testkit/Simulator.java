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

    /** The simulator of a deployment at {@code contextPath} (e.g. {@code /portal}). */
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

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    public void reset() {
        post("/kraken/_control/reset", "{}");
    }

    /** e.g. {@code fault("HTTP_500", 0)} or {@code fault("NONE", 2000)} for latency alone. */
    public void fault(String mode, int latencyMs) {
        post("/kraken/_control/faults", "{\"mode\":\"" + mode + "\",\"latencyMs\":" + latencyMs + "}");
    }

    /** {@code mode} and latency for the calls of one counter name only ({@code obtainKrakenToken.refreshToken}, …). */
    public void fault(String mode, int latencyMs, String operation) {
        post("/kraken/_control/faults", "{\"mode\":\"" + mode + "\",\"latencyMs\":" + latencyMs
                + ",\"operations\":[\"" + operation + "\"]}");
    }

    public void graphqlError(String errorCode, String operation) {
        post("/kraken/_control/faults", "{\"mode\":\"GRAPHQL_ERROR\",\"errorCode\":\"" + errorCode
                + "\",\"operations\":[\"" + operation + "\"]}");
    }

    public void lifetimes(int accessSeconds, int refreshSeconds, int scopedSeconds) {
        post("/kraken/_control/lifetimes", "{\"accessSeconds\":" + accessSeconds + ",\"refreshSeconds\":"
                + refreshSeconds + ",\"scopedSeconds\":" + scopedSeconds + "}");
    }

    /** How long the organisation tokens the simulator issues from now on live. */
    public void organizationLifetime(int seconds) {
        post("/kraken/_control/lifetimes", "{\"organizationSeconds\":" + seconds + "}");
    }

    /** Calls Kraken received since the last reset, by counter name ({@code obtainKrakenToken.preSignedKey}, …). */
    public int calls(String counter) {
        JsonObject calls = json(http.get("/kraken/_control/calls").body());
        return calls.containsKey(counter) ? calls.getInt(counter) : 0;
    }

    /** A token minted by the simulator: {@code kind} access, scoped or masquerade. */
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
