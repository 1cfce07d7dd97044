package dev.portalauth.internal.config;

import java.util.Optional;

/**
 * The GraphQL route for browser code and the browser module of the built-in endpoints.
 *
 * @param graphqlProxyPath {@code kraken.auth.graphql-proxy.path} (default {@code /api/graphql}): the
 *        GraphQL route for browser code
 * @param graphqlProxyDocuments {@code kraken.auth.graphql-proxy.documents}: a directory of
 *        {@code .graphql} files, or {@code classpath:} an index of them; the GraphQL route is on only when set
 * @param graphqlProxyMaxBody {@code kraken.auth.graphql-proxy.max-body} (default {@code 64KB}): the
 *        largest request body the GraphQL route reads
 * @param graphqlProxyClientPath {@code kraken.auth.graphql-proxy.client-path} (default
 *        {@code /api/auth/client.js}): the browser module for the built-in endpoints
 */
public record GraphqlProxySettings(String graphqlProxyPath, Optional<String> graphqlProxyDocuments, int graphqlProxyMaxBody,
        String graphqlProxyClientPath) {

    static final String GRAPHQL_PROXY_PATH = "kraken.auth.graphql-proxy.path";
    static final String GRAPHQL_PROXY_CLIENT_PATH = "kraken.auth.graphql-proxy.client-path";

    static GraphqlProxySettings read(SettingsReader read) {
        return new GraphqlProxySettings(
                read.pathname(GRAPHQL_PROXY_PATH, "/api/graphql"),
                read.optionalText("kraken.auth.graphql-proxy.documents"),
                read.byteSize("kraken.auth.graphql-proxy.max-body", 64 * 1024),
                read.pathname(GRAPHQL_PROXY_CLIENT_PATH, "/api/auth/client.js"));
    }
}
