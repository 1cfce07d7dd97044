/**
 * The only classes that use MicroProfile Health and Metrics. A server without those APIs cannot
 * load them, so its CDI container makes no beans of them (Weld skips such a class); nothing else
 * in the module refers to them ({@code MicroProfileIsolationTest}), so the module runs there with
 * in-memory metrics and no health checks ({@code WithoutHealthAndMetricsIT}).
 */
package dev.portalauth.observe.mp;
