package dev.portalauth.simulator;

import graphql.GraphQLError;
import graphql.ErrorClassification;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.SourceLocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shapes a data fetcher's failure as Kraken does: the field's {@code message}, {@code locations}
 * and {@code path}, and {@code extensions} with {@code errorType}, {@code errorCode},
 * {@code errorDescription} and {@code errorClass}. Anything unexpected becomes a generic
 * internal error so no exception text leaks.
 */
final class KrakenErrorEnvelope implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(KrakenErrorEnvelope.class.getName());
    private static final KrakenFailure INTERNAL = new KrakenFailure("KT-CT-1000", "APPLICATION",
            "Internal error.", "The Kraken simulator failed unexpectedly.");

    /** Without an error classification, so graphql-java adds no {@code classification} Kraken does not send. */
    private record KrakenGraphqlError(String message, List<SourceLocation> locations, List<Object> path,
                                      Map<String, Object> extensions) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public ErrorClassification getErrorType() {
            return null;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters p) {
        KrakenFailure failure;
        if (p.getException() instanceof KrakenFailure f) {
            failure = f;
        } else {
            LOG.log(Level.WARNING, "SIM-ERR-1: a data fetcher failed unexpectedly", p.getException());
            failure = INTERNAL;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("errorType", failure.type());
        extensions.put("errorCode", failure.code());
        extensions.put("errorDescription", failure.description());
        extensions.put("errorClass", failure.type());
        GraphQLError error = new KrakenGraphqlError(failure.getMessage(),
                p.getSourceLocation() == null ? List.of() : List.of(p.getSourceLocation()),
                p.getPath().toList(), extensions);
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }
}
