package dev.portalauth.internal.chain;

import java.util.Optional;

import dev.portalauth.spi.AnonParamsExtractor;
import dev.portalauth.spi.RouteRequest;

/** The key query parameter when present, else the path segment right after the matched pathname. */
final class DefaultAnonParamsExtractor implements AnonParamsExtractor {

    private final String queryParam;

    DefaultAnonParamsExtractor(String queryParam) {
        this.queryParam = queryParam;
    }

    @Override
    public Optional<String> preSignedKey(RouteRequest request) {
        Optional<String> fromQuery = request.queryParameter(queryParam);
        if (fromQuery.isPresent()) {
            return fromQuery;
        }
        String rest = request.remainder();
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return segment.isEmpty() ? Optional.empty() : Optional.of(segment);
    }
}
