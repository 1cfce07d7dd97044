package dev.portalauth.internal.kraken;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenTransport.Endpoint;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;

/**
 * A GraphQL query or mutation of an application, sent as someone (a session's user, the
 * organisation) through its caller's bulkhead: {@code errors[]} become a {@link KrakenException}
 * with every {@code errorCode}, {@code data} is bound to the caller's type with JSON-B.
 */
@ApplicationScoped
public class KrakenQueries {

    private final KrakenTransport transport;
    private final RateLimits limits;
    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    KrakenQueries(KrakenTransport transport, RateLimits limits) {
        this.transport = transport;
        this.limits = limits;
    }

    /** For the container's client proxy only. */
    protected KrakenQueries() {
        this(null, null);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing to save at shutdown; JSON-B holds no external resource here.
        }
    }

    /**
     * @param caller        whose bulkhead the call takes a slot in
     * @param authorization the raw token to act as, or {@code null}
     * @param clientIp      the browser's address, or {@code null} outside a request
     */
    public <T> T request(KrakenCaller caller, String authorization, String clientIp, String document,
                         Map<String, Object> variables, Class<T> dataType) {
        GraphqlResult result = transport.send(Endpoint.GRAPHQL, caller, "query", document, toJson(variables),
                authorization, clientIp);
        if (result.hasErrors()) {
            throw new KrakenException(KrakenErrorCodes.ofQuery(result.errorCodes()), result.errorCodes(),
                    "Kraken answered with errors " + result.errorCodes());
        }
        try {
            return jsonb.fromJson(result.data().toString(), dataType);
        } catch (JsonbException e) {
            throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(),
                    "Kraken's data does not fit " + dataType.getSimpleName());
        }
    }

    /**
     * {@link #request} for a visitor without a session, through the public bulkhead, after one token
     * of the client's {@code kraken.auth.rate-limit.public} bucket (none outside a request: a job).
     *
     * @throws dev.portalauth.internal.limits.RateLimitedException {@code RATE_LIMITED}, Kraken not called
     */
    public <T> T requestForPublic(String authorization, String clientIp, String document, Map<String, Object> variables,
                                  Class<T> dataType) {
        if (clientIp != null) {
            limits.take(LimitedOperation.PUBLIC, clientIp);
        }
        return request(KrakenCaller.PUBLIC, authorization, clientIp, document, variables, dataType);
    }

    /**
     * Sends an allowed document of the GraphQL route as the session and hands Kraken's answer back
     * as it is ({@code data} and {@code errors}), errors included: browser code reads them.
     *
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE} or {@code RATE_LIMITED}, as {@link KrakenTransport#send}
     */
    public GraphqlResult passThrough(String authorization, String clientIp, String document, JsonObject variables) {
        return transport.send(Endpoint.GRAPHQL, KrakenCaller.SESSION, "graphql proxy", document, variables,
                authorization, clientIp);
    }

    private JsonObject toJson(Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = transport.json().createReader(new StringReader(jsonb.toJson(variables)))) {
            return reader.readObject();
        }
    }
}
