package dev.portalauth.kraken;

import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.config.AuthSettings;

/**
 * The one way to Kraken: POSTs a GraphQL document through a Rest Client built once per endpoint,
 * with the configured timeouts and client-IP headers, and turns anything unusable (no connection,
 * timeout, non-200, unreadable body) into {@code KRAKEN_UNAVAILABLE}. Only a connection that never
 * opened is tried again: after Kraken saw a request, repeating it may lock accounts or burn keys.
 */
@ApplicationScoped
public class KrakenTransport {

    private static final Logger LOG = Logger.getLogger(KrakenTransport.class.getName());

    /** Which Kraken endpoint a call goes to. */
    public enum Endpoint { AUTH, GRAPHQL }

    @Inject
    AuthSettings settings;

    private final JsonProvider json = JsonProvider.provider();
    private KrakenGraphqlApi authApi;
    private KrakenGraphqlApi graphqlApi;
    private String clientIpAuthorization;

    @PostConstruct
    void build() {
        graphqlApi = client(settings.graphqlEndpoint());
        authApi = settings.authEndpoint().equals(settings.graphqlEndpoint()) ? graphqlApi : client(settings.authEndpoint());
        clientIpAuthorization = settings.clientIpSecret()
                .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
    }

    @PreDestroy
    void close() {
        closeQuietly(graphqlApi);
        if (authApi != graphqlApi) {
            closeQuietly(authApi);
        }
    }

    public JsonProvider json() {
        return json;
    }

    /**
     * Sends {@code {"query","variables"}} and reads the answer.
     *
     * @param authorization the raw Kraken token, or {@code null}
     * @param clientIp      the browser's address, sent only when a client-IP secret is configured
     */
    public GraphqlResult send(Endpoint endpoint, String operation, String document, JsonObject variables,
                              String authorization, String clientIp) {
        String body = json.createObjectBuilder().add("query", document).add("variables", variables).build().toString();
        KrakenGraphqlApi api = endpoint == Endpoint.AUTH ? authApi : graphqlApi;
        String ip = clientIpAuthorization == null ? null : clientIp;
        String text = post(api, operation, authorization, ip, body, true);
        return read(operation, text);
    }

    private String post(KrakenGraphqlApi api, String operation, String authorization, String ip, String body,
                        boolean mayRetry) {
        try (Response response = api.post(authorization, ip, ip == null ? null : clientIpAuthorization, body)) {
            if (response.getStatus() != 200) {
                throw unavailable(operation, "HTTP " + response.getStatus());
            }
            return response.readEntity(String.class);
        } catch (ProcessingException e) {
            if (mayRetry && neverConnected(e)) {
                LOG.fine(() -> "KPA-KRAKEN-002 " + operation + ": connection refused, trying once more");
                return post(api, operation, authorization, ip, body, false);
            }
            throw unavailable(operation, describe(e));
        } catch (RuntimeException e) {
            if (e instanceof KrakenException k) {
                throw k;
            }
            throw unavailable(operation, e.getClass().getSimpleName());
        }
    }

    private GraphqlResult read(String operation, String text) {
        JsonValue value;
        try (JsonReader reader = json.createReader(new StringReader(text == null ? "" : text))) {
            value = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw unavailable(operation, "unreadable body");
        }
        if (!(value instanceof JsonObject root)) {
            throw unavailable(operation, "body is not a JSON object");
        }
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
        return new GraphqlResult(data instanceof JsonObject d ? d : null, List.copyOf(codes), hasErrors);
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

    private static KrakenException unavailable(String operation, String why) {
        LOG.log(Level.WARNING, "KPA-KRAKEN-001 {0}: Kraken unavailable ({1})", new Object[] {operation, why});
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "Kraken unavailable: " + why);
    }

    private KrakenGraphqlApi client(URI endpoint) {
        return RestClientBuilder.newBuilder()
                .baseUri(endpoint)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(KrakenGraphqlApi.class);
    }

    private static void closeQuietly(AutoCloseable client) {
        try {
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "KPA-KRAKEN-003 closing a Kraken client failed", e);
        }
    }
}
