/**
 * The Kraken simulator: a real GraphQL server (graphql-java executing
 * {@code simulator/kraken-simulator.graphqls}, a subset of Kraken's schema) for development and
 * tests, stand-alone (no module classes), deployed in demo and test WARs only.
 *
 * <p>Served by {@link dev.portalauth.simulator.KrakenSimulatorServlet} at {@code /kraken/*}:
 * <ul>
 * <li>{@code POST /kraken/graphql} and {@code /kraken/graphql/}: GraphQL over HTTP; HTTP 200 with
 *     {@code data} and {@code errors[]} (Kraken's envelope and {@code KT-CT-…} codes); 400 only for
 *     a body that is not JSON or has no query.</li>
 * <li>{@code GET /kraken/jwks.json}: the public key of the tokens' RS256 signatures.</li>
 * <li>{@code POST /kraken/_control/reset}, {@code POST /kraken/_control/faults},
 *     {@code GET /kraken/_control/calls}, {@code GET|POST /kraken/_control/lifetimes},
 *     {@code POST /kraken/_control/tokens}: the JSON control API tests use
 *     (see {@link dev.portalauth.simulator.SimulatorEndpoints}).</li>
 * </ul>
 *
 * <p>{@link dev.portalauth.simulator.KrakenSimulator} is the same thing in plain Java, for unit
 * tests. Fixtures: {@code simulator/fixtures.json}; signing key: {@code simulator/signing-key.pem}
 * (a committed demo secret, so tokens survive restarts).
 */
package dev.portalauth.simulator;
