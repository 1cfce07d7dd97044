package dev.portalauth.internal.kraken;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.KrakenSettings;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.observe.PortalAuthMetrics;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * The one way to Kraken: POSTs a GraphQL document (or, for OAuth, a form to the token endpoint)
 * through a Rest Client built once per endpoint,
 * with the configured timeouts and client-IP headers, and turns anything unusable (no connection,
 * timeout, non-200, unreadable body) into {@code KRAKEN_UNAVAILABLE}. Only a connection that never
 * opened is tried again: after Kraken saw a request, repeating it may lock accounts or burn keys.
 */
@ApplicationScoped
public class KrakenTransport {

    private static final Logger LOG = Logger.getLogger(KrakenTransport.class.getName());

    /** Which Kraken endpoint a call goes to. */
    public enum Endpoint {
        AUTH(KrakenEndpoint.GRAPHQL_AUTH), GRAPHQL(KrakenEndpoint.GRAPHQL);

        private final KrakenEndpoint krakenEndpoint;

        Endpoint(KrakenEndpoint krakenEndpoint) {
            this.krakenEndpoint = krakenEndpoint;
        }
    }

    private final KrakenProtections protections;
    private final PortalAuthMetrics metrics;
    private final KrakenApis apis;
    private final JsonProvider json = JsonProvider.provider();
    private final RepeatedWarning unavailableWarnings = RepeatedWarning.perMinute(LOG);

    @Inject
    KrakenTransport(KrakenSettings kraken, OAuthSettings oauth, KrakenProtections protections, PortalAuthMetrics metrics) {
        this.protections = protections;
        this.metrics = metrics;
        this.apis = new KrakenApis(kraken, oauth,
                KrakenBodyMode.of(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** For the container's client proxy only, and for tests' stand-ins that never reach Kraken. */
    protected KrakenTransport() {
        this.protections = null;
        this.metrics = null;
        this.apis = null;
    }

    /** What came back over HTTP: the status and, for 200 and 4xx, the body text ({@code null} when unreadable). */
    private record HttpAnswer(int status, String body) {
    }

    /**
     * The token endpoint's answer: {@code 200} with the tokens, or an OAuth refusal ({@code 400} /
     * {@code 401}) with its {@code error} when the body says it (an empty object when not).
     */
    record TokenEndpointAnswer(int status, JsonObject body) {

        @Override
        public String toString() {
            return "TokenEndpointAnswer[" + status + "]"; // never the tokens
        }
    }

    @PreDestroy
    void close() {
        apis.close();
    }

    public JsonProvider json() {
        return json;
    }

    /**
     * Sends {@code {"query","variables"}} and reads the answer.
     *
     * @param authorization the raw Kraken token, or {@code null}
     * @param caller        whose bulkhead the call takes a slot in
     * @param clientIp      the browser's address, sent only when a client-IP secret is configured
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE}: no usable answer, or refused by a breaker or
     *                         bulkhead; {@code RATE_LIMITED}: Kraken answered HTTP 429
     */
    public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                              JsonObject variables, String authorization, String clientIp) {
        String body = json.createObjectBuilder().add("query", document).add("variables", variables).build().toString();
        KrakenGraphqlApi api = endpoint == Endpoint.AUTH ? apis.authApi : apis.graphqlApi;
        String ip = apis.clientIpAuthorization == null ? null : clientIp;
        String ipAuthorization = ip == null ? null : apis.clientIpAuthorization;
        return protections.call(endpoint.krakenEndpoint, caller, operation, () -> metrics.timeKrakenCall(operation, () -> {
            HttpAnswer answer = post(operation, () -> post(api, authorization, ip, ipAuthorization, body), true);
            if (answer.status() != 200) {
                throw notOk(operation, answer.status());
            }
            return read(operation, answer.body());
        }));
    }

    /**
     * POSTs {@code form} to Kraken's OAuth token endpoint, behind its own breaker, with the same
     * timeouts, client-IP headers and never-twice rule as every Kraken call.
     *
     * @param authorization HTTP Basic for a confidential client, else {@code null}
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE}: no usable answer, refused by a breaker or
     *                         bulkhead, or another status; {@code RATE_LIMITED}: HTTP 429
     * @throws IllegalStateException when Kraken OAuth is not configured
     */
    TokenEndpointAnswer sendForm(KrakenCaller caller, String operation, String form, String authorization,
                                 String clientIp) {
        if (apis.tokenApi == null) {
            throw new IllegalStateException(OAuthMessages.NOT_CONFIGURED.format());
        }
        String ip = apis.clientIpAuthorization == null ? null : clientIp;
        String ipAuthorization = ip == null ? null : apis.clientIpAuthorization;
        return protections.call(KrakenEndpoint.OAUTH_TOKEN, caller, operation, () -> metrics.timeKrakenCall(operation, () -> {
            HttpAnswer answer = post(operation, () -> apis.tokenApi.post(authorization, ip, ipAuthorization, form), true);
            return switch (answer.status()) {
                case 200 -> new TokenEndpointAnswer(200, object(operation, answer.body()));
                // OAuth's refusals (RFC 6749 5.2): Kraken is up and said no.
                case 400, 401 -> new TokenEndpointAnswer(answer.status(), refusalBody(answer.body()));
                default -> throw notOk(operation, answer.status());
            };
        }));
    }

    /**
     * POSTs {@code form} to the OAuth revocation endpoint (RFC 7009), behind the OAuth breaker and the
     * session bulkhead, with the same timeouts and never-twice rule: the HTTP status Kraken answered.
     *
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE}: no answer, or refused by a breaker or bulkhead
     * @throws IllegalStateException when no revocation endpoint is configured
     */
    int sendRevocation(String operation, String form, String authorization, String clientIp) {
        if (apis.revocationApi == null) {
            throw new IllegalStateException(OAuthMessages.NO_REVOCATION_ENDPOINT.format());
        }
        String ip = apis.clientIpAuthorization == null ? null : clientIp;
        String ipAuthorization = ip == null ? null : apis.clientIpAuthorization;
        return protections.call(KrakenEndpoint.OAUTH_TOKEN, KrakenCaller.SESSION, operation, () -> metrics.timeKrakenCall(
                operation, () -> post(operation, () -> apis.revocationApi.post(authorization, ip, ipAuthorization, form),
                        true).status()));
    }

    /** The form of the POST that names just the headers this call sends ({@link KrakenGraphqlApi}). */
    static Response post(KrakenGraphqlApi api, String authorization, String ip, String ipAuthorization,
                         String body) {
        if (ip != null) {
            return api.post(authorization, ip, ipAuthorization, body);
        }
        return authorization == null ? api.post(body) : api.post(authorization, body);
    }

    private HttpAnswer post(String operation, Supplier<Response> request, boolean mayRetry) {
        try (Response response = request.get()) {
            return new HttpAnswer(response.getStatus(), bodyOf(response));
        } catch (WebApplicationException e) { // RESTEasy turns a status >= 400 into this itself
            return new HttpAnswer(e.getResponse().getStatus(), clientErrorBody(e.getResponse()));
        } catch (ProcessingException e) {
            if (mayRetry && neverConnected(e)) {
                KrakenMessages.CONNECTION_REFUSED_RETRYING.log(LOG, operation);
                return post(operation, request, false);
            }
            throw unavailable(operation, describe(e));
        } catch (RuntimeException e) {
            if (e instanceof KrakenException k) {
                throw k;
            }
            throw unavailable(operation, e.getClass().getSimpleName());
        }
    }

    /** A 200's body (read whole: an unreadable one fails the call); a 4xx's when readable; nothing of others. */
    private static String bodyOf(Response response) {
        int status = response.getStatus();
        return status == 200 ? response.readEntity(String.class) : clientErrorBody(response);
    }

    private static String clientErrorBody(Response response) {
        if (response.getStatus() < 400 || response.getStatus() >= 500) {
            return null;
        }
        try {
            return response.readEntity(String.class);
        } catch (RuntimeException e) {
            return null; // the status alone says enough
        }
    }

    private JsonObject object(String operation, String text) {
        JsonValue value;
        try (JsonReader reader = json.createReader(new StringReader(text == null ? "" : text))) {
            value = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw unavailable(operation, "unreadable body");
        }
        if (!(value instanceof JsonObject root)) {
            throw unavailable(operation, "body is not a JSON object");
        }
        return root;
    }

    private JsonObject refusalBody(String text) {
        try (JsonReader reader = json.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readValue() instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private GraphqlResult read(String operation, String text) {
        JsonObject root = object(operation, text);
        JsonValue data = root.get("data");
        JsonValue errors = root.get("errors");
        List<String> codes = new ArrayList<>();
        boolean hasErrors = errors instanceof JsonArray a && !a.isEmpty();
        if (hasErrors) {
            for (JsonValue error : (JsonArray) errors) {
                codes.add(errorCode(error));
            }
        }
        if (!hasErrors && !(data instanceof JsonObject)) {
            throw unavailable(operation, "neither data nor errors");
        }
        return new GraphqlResult(data instanceof JsonObject d ? d : null, List.copyOf(codes), hasErrors,
                hasErrors ? (JsonArray) errors : JsonValue.EMPTY_JSON_ARRAY);
    }

    private static String errorCode(JsonValue error) {
        if (error instanceof JsonObject e && e.get("extensions") instanceof JsonObject ext
                && ext.get("errorCode") instanceof jakarta.json.JsonString code) {
            return code.getString();
        }
        return "UNKNOWN";
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** 5xx: Kraken unavailable. 4xx: Kraken is up but refused the call (429: its edge rate limits us). */
    private KrakenException notOk(String operation, int status) {
        if (status >= 500 || status < 400) {
            return unavailable(operation, "HTTP " + status);
        }
        unavailableWarnings.log(() -> KrakenMessages.ANSWERED_HTTP.format(operation, status));
        return status == 429
                ? new KrakenAnswered(AuthErrorCode.RATE_LIMITED, "Kraken rate limited the call (HTTP 429)")
                : new KrakenAnswered(AuthErrorCode.KRAKEN_UNAVAILABLE, "Kraken answered HTTP " + status);
    }

    private KrakenException unavailable(String operation, String why) {
        unavailableWarnings.log(() -> KrakenMessages.UNAVAILABLE.format(operation, why));
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "Kraken unavailable: " + why);
    }
}
