package dev.portalauth.it.custom;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.portalauth.spi.AnonParamsExtractor;
import dev.portalauth.spi.RouteRequest;

/** A portal's own key extraction: {@code ?key=} anywhere, the path segment only under {@code /anon}. */
@ApplicationScoped
public class KeyFromQueryOrAnonSegment implements AnonParamsExtractor {

    @Override
    public Optional<String> preSignedKey(RouteRequest request) {
        Optional<String> query = request.queryParameter("key");
        if (query.isPresent()) {
            return query;
        }
        if (!request.pathname().equals("/anon") || request.remainder().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.remainder().split("/")[0]);
    }
}
