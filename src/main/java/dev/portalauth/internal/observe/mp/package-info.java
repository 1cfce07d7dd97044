/**
 * The module's MicroProfile Metrics sink. With {@code status.health} (the health checks), the only
 * classes that use MicroProfile Health and Metrics. On a server without those APIs the container
 * makes no beans of them (the metrics sink is vetoed by {@code ObservabilityExtension}, a health
 * check cannot be loaded there), and nothing else in the module names them
 * ({@code MicroProfileIsolationTest}), so the module runs there with in-memory metrics and no health
 * checks ({@code WithoutHealthAndMetricsIT}).
 */
package dev.portalauth.internal.observe.mp;
