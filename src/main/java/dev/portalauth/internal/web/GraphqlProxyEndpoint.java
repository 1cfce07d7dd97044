package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.graphql.AllowedDocuments;
import dev.portalauth.internal.graphql.BoundedBody;
import dev.portalauth.internal.graphql.OperationRequest;
import dev.portalauth.internal.kraken.GraphqlResult;
import dev.portalauth.internal.kraken.KrakenQueries;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;

/**
 * {@code POST /api/graphql}: browser code runs one of the portal's allowed operations as the
 * request's session, whose tokens stay in their HttpOnly cookies. Only the allowed document and
 * its variables go to Kraken (never the browser's cookies or headers), and only Kraken's
 * {@code data} and {@code errors} come back (never its headers). A stolen session cookie cannot
 * run an arbitrary mutation through the portal.
 */
final class GraphqlProxyEndpoint implements BuiltInEndpoint {

    private final AllowedDocuments allowed;
    private final KrakenQueries kraken;
    private final RateLimits limits;
    private final StateChanges stateChanges;
    private final JsonProvider json;
    private final int maxBody;

    GraphqlProxyEndpoint(AllowedDocuments allowed, KrakenQueries kraken, RateLimits limits, StateChanges stateChanges,
            JsonProvider json, int maxBody) {
        this.allowed = allowed;
        this.kraken = kraken;
        this.limits = limits;
        this.stateChanges = stateChanges;
        this.json = json;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (!JsonContent.is(request.getContentType())) {
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (auth.method() == AuthMethod.NONE) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, AuthErrorCode.UNAUTHENTICATED);
            return;
        }
        Optional<byte[]> body = request.getContentLengthLong() > maxBody ? Optional.empty()
                : BoundedBody.read(request.getInputStream(), maxBody);
        if (body.isEmpty()) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, AuthErrorCode.PAYLOAD_TOO_LARGE);
            return;
        }
        Optional<OperationRequest> operation = OperationRequest.read(body.get(), allowed, json);
        if (operation.isEmpty()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, AuthErrorCode.OPERATION_NOT_ALLOWED);
            return;
        }
        if (!operation.get().document().admits(auth.method())) {
            error(response, HttpServletResponse.SC_FORBIDDEN, AuthErrorCode.OPERATION_NOT_ALLOWED);
            return;
        }
        run(auth, operation.get());
    }

    private void run(RequestAuth auth, OperationRequest operation) throws IOException {
        HttpServletResponse response = auth.response();
        GraphqlResult result;
        try {
            limits.take(LimitedOperation.GRAPHQL, auth.clientAddress());
            result = kraken.passThrough(auth.token().raw(), auth.clientAddress(), operation.document().text(),
                    operation.variables());
        } catch (KrakenException e) {
            if (e.authError().orElse(null) == AuthErrorCode.RATE_LIMITED) {
                response.setHeader("Retry-After", Long.toString(RetryAfter.seconds(e)));
                error(response, 429, AuthErrorCode.RATE_LIMITED);
            } else {
                error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, AuthErrorCode.KRAKEN_UNAVAILABLE);
            }
            return;
        }
        JsonObjectBuilder answer = json.createObjectBuilder();
        if (result.data() != null) {
            answer.add("data", result.data());
        }
        if (result.hasErrors()) {
            answer.add("errors", result.errors());
        }
        JsonResponses.write(response, HttpServletResponse.SC_OK, answer.build());
    }

    private void error(HttpServletResponse response, int status, AuthErrorCode code) throws IOException {
        JsonObject body = json.createObjectBuilder().add("error", code.name()).build();
        JsonResponses.write(response, status, body);
    }
}
