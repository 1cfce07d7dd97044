package dev.portalauth.simulator;

import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

import java.util.Locale;
import java.util.Set;

/**
 * The executable simulator: {@code kraken-simulator.graphqls} wired to its data fetchers, with
 * Kraken's error envelope and a cache of parsed and validated documents.
 */
final class SimulatorSchema {

    /** GraphQL context key: the raw {@code Authorization} header value, absent when none was sent. */
    static final String AUTHORIZATION = "simulator.authorization";
    /** GraphQL context key: an {@link InjectedError} when a GRAPHQL_ERROR fault applies. */
    static final String INJECTED_ERROR = "simulator.injectedError";

    /** The top-level fields that must fail with {@code errorCode} in this request. */
    record InjectedError(Set<String> fields, String errorCode) {
    }

    /** Output-only in the simulator: {@code payload} carries the token's claims as a JSON object. */
    private static final GraphQLScalarType GENERIC_SCALAR = GraphQLScalarType.newScalar()
            .name("GenericScalar")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                           Locale locale) {
                    throw new CoercingParseLiteralException("GenericScalar literals are not supported by the simulator");
                }
            })
            .build();

    /** Output-only in the simulator: instants already written as ISO-8601 strings. */
    private static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value.toString();
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                           Locale locale) {
                    throw new CoercingParseLiteralException("DateTime literals are not supported by the simulator");
                }
            })
            .build();

    private SimulatorSchema() {
    }

    static GraphQL build(String sdl, TokenExchange tokenExchange, Masquerade masquerade, AccountQueries queries,
                         ProductQueries products, SessionEndings endings, PreSignedKeyMutations keys,
                         DocumentCache documents) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(GENERIC_SCALAR)
                .scalar(DATE_TIME)
                .type("Mutation", t -> t
                        .dataFetcher("obtainKrakenToken", faultable("obtainKrakenToken", tokenExchange))
                        .dataFetcher("masqueradeAuthentication", faultable("masqueradeAuthentication", masquerade))
                        .dataFetcher("invalidateRefreshToken",
                                faultable("invalidateRefreshToken", endings.invalidateRefreshToken()))
                        .dataFetcher("forceReauthentication",
                                faultable("forceReauthentication", endings.forceReauthentication()))
                        .dataFetcher("generatePreSignedToken",
                                faultable("generatePreSignedToken", keys.generatePreSignedToken()))
                        .dataFetcher("invalidatePreSignedToken",
                                faultable("invalidatePreSignedToken", keys.invalidatePreSignedToken())))
                .type("Query", t -> t
                        .dataFetcher("viewer", faultable("viewer", queries.viewer()))
                        .dataFetcher("account", faultable("account", queries.account()))
                        .dataFetcher("energyProducts", faultable("energyProducts", products.energyProducts())))
                .type("AccountUserType", t -> t.dataFetcher("accounts", queries.accountsOfUser()))
                .type("AccountInterface", t -> t.typeResolver(env -> env.getSchema().getObjectType("AccountType")))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        return GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new KrakenErrorEnvelope())
                .preparsedDocumentProvider(documents)
                .build();
    }

    /** A top-level fetcher that fails with the injected code when a GRAPHQL_ERROR fault names its field. */
    private static DataFetcher<Object> faultable(String field, DataFetcher<?> fetcher) {
        return env -> {
            InjectedError injected = env.getGraphQlContext().get(INJECTED_ERROR);
            if (injected != null && injected.fields().contains(field)) {
                throw KrakenFailure.forCode(injected.errorCode());
            }
            return fetcher.get(env);
        };
    }
}
