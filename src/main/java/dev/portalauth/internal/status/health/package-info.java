/**
 * The module's MicroProfile Health checks, next to the status they report ({@code status}). Like
 * {@code observe.mp}, one of the only two packages that name the MicroProfile Health and Metrics
 * APIs: on a server without them the container makes no beans of them ({@code ObservabilityExtension}),
 * and nothing else in the module names them ({@code MicroProfileIsolationTest}).
 */
package dev.portalauth.internal.status.health;
