package dev.portalauth.kraken;

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
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.Session;
import dev.portalauth.kraken.KrakenTransport.Endpoint;
import dev.portalauth.proxy.ClientAddresses;

/** {@link KrakenClient} acting as the current session's user. */
@ApplicationScoped
public class SessionKrakenClient implements KrakenClient {

    @Inject
    KrakenTransport transport;
    @Inject
    Session session;
    @Inject
    HttpServletRequest request;
    @Inject
    ClientAddresses clientAddresses;

    private final Jsonb jsonb = JsonbBuilder.create();

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing to save at shutdown; JSON-B holds no external resource here.
        }
    }

    @Override
    public <T> T request(String document, Map<String, Object> variables, Class<T> dataType) {
        String authorization = session.token().map(JsonWebToken::getRawToken).orElse(null);
        GraphqlResult result = transport.send(Endpoint.GRAPHQL, KrakenCaller.SESSION, "query", document, toJson(variables),
                authorization, clientAddresses.of(request));
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

    private JsonObject toJson(Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = transport.json().createReader(new StringReader(jsonb.toJson(variables)))) {
            return reader.readObject();
        }
    }
}
