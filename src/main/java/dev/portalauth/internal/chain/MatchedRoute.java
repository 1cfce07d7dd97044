package dev.portalauth.internal.chain;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.support.QueryStrings;
import dev.portalauth.spi.RouteRequest;

/** The module's {@link RouteRequest}: a request and the configured pathname it matched. */
public record MatchedRoute(HttpServletRequest http, String path, String pathname) implements RouteRequest {

    @Override
    public Optional<String> queryParameter(String name) {
        return QueryStrings.first(http.getQueryString(), name);
    }
}
