package dev.portalauth.internal.kraken;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.portalauth.KrakenClient;
import dev.portalauth.Session;
import dev.portalauth.internal.proxy.ClientAddresses;

/**
 * {@link KrakenClient} acting as the current session's user; with no session (a guest), the call is
 * a public one: the public bulkhead and the client's public rate limit.
 */
@ApplicationScoped
public class SessionKrakenClient implements KrakenClient {

    private final KrakenQueries queries;
    private final Session session;
    private final HttpServletRequest request;
    private final ClientAddresses clientAddresses;

    @Inject
    SessionKrakenClient(KrakenQueries queries, Session session, HttpServletRequest request,
            ClientAddresses clientAddresses) {
        this.queries = queries;
        this.session = session;
        this.request = request;
        this.clientAddresses = clientAddresses;
    }

    /** For the container's client proxy only. */
    protected SessionKrakenClient() {
        this(null, null, null, null);
    }

    @Override
    public <T> T request(String document, Map<String, Object> variables, Class<T> dataType) {
        String authorization = session.token().map(JsonWebToken::getRawToken).orElse(null);
        String clientIp = clientAddresses.of(request);
        return authorization == null
                ? queries.requestForPublic(null, clientIp, document, variables, dataType)
                : queries.request(KrakenCaller.SESSION, authorization, clientIp, document, variables, dataType);
    }
}
