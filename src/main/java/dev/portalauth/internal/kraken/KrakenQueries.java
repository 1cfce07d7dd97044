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

/**
 * A GraphQL query or mutation of an application, sent as someone (a session's user, the
 * organisation) through the session bulkhead: {@code errors[]} become a {@link KrakenException}
 * with every {@code errorCode}, {@code data} is bound to the caller's type with JSON-B.
 */
@ApplicationScoped
public class KrakenQueries {

    @Inject
    KrakenTransport transport;

    private final Jsonb jsonb = JsonbBuilder.create();

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing to save at shutdown; JSON-B holds no external resource here.
        }
    }

    /**
     * @param authorization the raw token to act as, or {@code null}
     * @param clientIp      the browser's address, or {@code null} outside a request
     */
    public <T> T request(String authorization, String clientIp, String document, Map<String, Object> variables,
                         Class<T> dataType) {
        GraphqlResult result = transport.send(Endpoint.GRAPHQL, KrakenCaller.SESSION, "query", document, toJson(variables),
                authorization, clientIp);
        if (result.hasErrors()) {
            throw new KrakenException(KrakenErrorCodes.ofUserQuery(result.errorCodes()), result.errorCodes(),
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
