package dev.portalauth.simulator;

import graphql.schema.DataFetcher;

import java.util.List;
import java.util.Map;

/**
 * {@code energyProducts(postcode, first)}: the public catalogue, the same for every postcode here.
 * Any token of the simulator may read it, an organisation's included, so a portal can show it to
 * logged-out visitors through the organisation; without a token it is refused (KT-CT-1111) so the
 * demo shows that the organisation client is what reads it.
 */
final class ProductQueries {

    private final Fixtures fixtures;
    private final TokenVerifier verifier;

    ProductQueries(Fixtures fixtures, TokenVerifier verifier) {
        this.fixtures = fixtures;
        this.verifier = verifier;
    }

    DataFetcher<Map<String, Object>> energyProducts() {
        return env -> {
            verifier.verify(env.getGraphQlContext().get(SimulatorSchema.AUTHORIZATION));
            Integer first = env.getArgument("first");
            List<Fixtures.EnergyProduct> all = fixtures.energyProducts();
            List<Map<String, Object>> edges = all.stream()
                    .limit(first == null ? all.size() : Math.max(0, first))
                    .map(product -> Map.<String, Object>of("node", product, "cursor", product.code()))
                    .toList();
            return Map.of("edges", edges, "totalCount", all.size());
        };
    }
}
