package dev.portalauth.simulator;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The simulator's HTTP surface without servlet types, paths relative to the servlet's
 * {@code /kraken}: {@code POST /graphql[/]}, {@code GET /jwks.json}, the OAuth authorisation server
 * ({@code GET|POST /authorize/}, {@code POST /token/}), and the JSON control API under
 * {@code /_control/} that tests use to reset it, switch faults, read call counts, change token
 * lifetimes and mint tokens.
 */
public final class SimulatorEndpoints {

    private static final SimulatorResponse NOT_FOUND = SimulatorResponse.json(404, "{\"error\":\"not found\"}");
    private static final SimulatorResponse METHOD_NOT_ALLOWED =
            SimulatorResponse.json(405, "{\"error\":\"method not allowed\"}");

    private final KrakenSimulator simulator;
    private final JsonCodec json = new JsonCodec();

    /** @param simulator the simulator behind every endpoint */
    public SimulatorEndpoints(KrakenSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * One request to the simulator, without a query string.
     *
     * @param method        the HTTP method
     * @param path          the path below {@code /kraken}, e.g. {@code /graphql/}
     * @param body          the request's body
     * @param authorization the raw {@code Authorization} header, or null
     * @return the answer to write
     */
    public SimulatorResponse handle(String method, String path, String body, String authorization) {
        return handle(method, path, null, body, authorization);
    }

    /**
     * One request to the simulator.
     *
     * @param method        the HTTP method
     * @param path          the path below {@code /kraken}, e.g. {@code /graphql/}
     * @param query         the raw query string, or null
     * @param body          the request's body
     * @param authorization the raw {@code Authorization} header, or null
     * @return the answer to write
     */
    public SimulatorResponse handle(String method, String path, String query, String body, String authorization) {
        String route = path == null ? "" : path;
        switch (route) {
            case "/authorize":
            case "/authorize/":
                return "GET".equals(method) ? simulator.oauth().authorizePage(query)
                        : "POST".equals(method) ? simulator.oauth().authorizeSubmit(body) : METHOD_NOT_ALLOWED;
            case "/token":
            case "/token/":
                return "POST".equals(method) ? simulator.oauth().token(body, authorization) : METHOD_NOT_ALLOWED;
            case "/graphql":
            case "/graphql/":
                return "POST".equals(method) ? simulator.handleGraphql(body, authorization) : METHOD_NOT_ALLOWED;
            case "/jwks.json":
                return "GET".equals(method)
                        ? new SimulatorResponse(200, "application/jwk-set+json", simulator.jwksJson())
                        : METHOD_NOT_ALLOWED;
            case "/_control/reset":
                return post(method, body, in -> {
                    simulator.reset();
                    return Map.of("reset", true);
                });
            case "/_control/faults":
                return post(method, body, this::faults);
            case "/_control/calls":
                return "GET".equals(method) ? ok(simulator.calls()) : METHOD_NOT_ALLOWED;
            case "/_control/lifetimes":
                return "GET".equals(method) ? ok(lifetimesJson(simulator.lifetimes())) : post(method, body, this::lifetimes);
            case "/_control/tokens":
                return post(method, body, this::mint);
            default:
                return NOT_FOUND;
        }
    }

    private Map<String, Object> faults(JsonObject in) {
        FaultPlan plan = new FaultPlan(
                in.getInt("latencyMs", 0),
                FaultMode.valueOf(in.getString("mode", FaultMode.NONE.name()).toUpperCase(Locale.ROOT)),
                JsonCodec.string(in, "errorCode"),
                in.containsKey("operations") && !in.isNull("operations")
                        ? in.getJsonArray("operations").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).collect(Collectors.toSet())
                        : Set.of());
        simulator.fault(plan);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latencyMs", plan.latencyMs());
        out.put("mode", plan.mode().name());
        out.put("errorCode", plan.errorCode());
        out.put("operations", plan.operations().stream().sorted().toList());
        return out;
    }

    private Map<String, Object> lifetimes(JsonObject in) {
        Lifetimes current = simulator.lifetimes();
        Lifetimes updated = new Lifetimes(
                seconds(in, "accessSeconds", current.access()),
                seconds(in, "refreshSeconds", current.refresh()),
                seconds(in, "scopedSeconds", current.scoped()),
                seconds(in, "organizationSeconds", current.organization()));
        simulator.lifetimes(updated);
        return lifetimesJson(updated);
    }

    private Map<String, Object> mint(JsonObject in) {
        Duration expiresIn = in.containsKey("expiresInSeconds") && !in.isNull("expiresInSeconds")
                ? Duration.ofSeconds(in.getJsonNumber("expiresInSeconds").longValueExact()) : null;
        String token = simulator.mintToken(TokenKind.parse(JsonCodec.string(in, "kind")),
                JsonCodec.string(in, "userId"), JsonCodec.string(in, "accountNumber"),
                JsonCodec.string(in, "scope"), expiresIn);
        return Map.of("token", token);
    }

    private static Map<String, Object> lifetimesJson(Lifetimes lifetimes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accessSeconds", lifetimes.access().toSeconds());
        out.put("refreshSeconds", lifetimes.refresh().toSeconds());
        out.put("scopedSeconds", lifetimes.scoped().toSeconds());
        out.put("organizationSeconds", lifetimes.organization().toSeconds());
        return out;
    }

    private static Duration seconds(JsonObject in, String name, Duration current) {
        return in.containsKey(name) && !in.isNull(name)
                ? Duration.ofSeconds(in.getJsonNumber(name).longValueExact()) : current;
    }

    /** A control call: JSON object in (an empty body counts as {@code {}}), JSON object out, 400 when refused. */
    private SimulatorResponse post(String method, String body, Function<JsonObject, Map<String, ?>> action) {
        if (!"POST".equals(method)) {
            return METHOD_NOT_ALLOWED;
        }
        try {
            JsonObject in = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : json.readObject(body);
            return ok(action.apply(in));
        } catch (JsonException | IllegalStateException e) {
            return badRequest("the body is not a JSON object");
        } catch (ClassCastException | ArithmeticException e) {
            return badRequest("a member has the wrong JSON type");
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    private SimulatorResponse ok(Map<String, ?> out) {
        return SimulatorResponse.json(200, json.write(out));
    }

    private SimulatorResponse badRequest(String reason) {
        return SimulatorResponse.json(400, json.write(Map.of("error", reason)));
    }
}
