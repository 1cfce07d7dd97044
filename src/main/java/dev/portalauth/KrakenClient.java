package dev.portalauth;

import java.util.Map;

/**
 * Calls Kraken's GraphQL API as the current session: the winning token travels raw in
 * {@code Authorization}, plus the {@code x-kraken-client-ip} headers when configured.
 */
public interface KrakenClient {

    /**
     * Runs a GraphQL document and binds its {@code data} to {@code dataType} with JSON-B.
     *
     * @param document the GraphQL query or mutation
     * @param variables its variables
     * @param dataType the class {@code data} is bound to
     * @param <T> the type of {@code data}
     * @return Kraken's {@code data}, bound to {@code dataType}
     * @throws KrakenException when Kraken answers with {@code errors[]}, is unreachable, or answers garbage
     */
    <T> T request(String document, Map<String, Object> variables, Class<T> dataType);
}
