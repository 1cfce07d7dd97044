package dev.portalauth.internal.observe;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Keeps the beans that use MicroProfile ({@code dev.portalauth.internal.observe.mp}, the metrics sink;
 * {@code dev.portalauth.internal.status.health}, the health checks) out of the container when the server
 * does not give the application the API they use. Weld (Payara, OpenLiberty) already skips them there,
 * logging {@code WELD-000119} at INFO: a health check cannot be loaded (it implements the Health
 * API) and the metrics sink's injection point names a missing type. This veto makes the outcome
 * the container's choice no longer: a container that got as far as the sink would otherwise fail
 * deployment on that injection point.
 */
public class ObservabilityExtension implements Extension {

    /** The packages whose classes use MicroProfile's APIs (names only: this package depends on neither). */
    static final List<String> MP_PACKAGES = List.of("dev.portalauth.internal.observe.mp.",
            "dev.portalauth.internal.status.health.");

    /** Each bean of those packages and the API type it needs. */
    static final Map<String, String> API_OF = Map.of(
            MP_PACKAGES.get(0) + "MpMetricsSink", "org.eclipse.microprofile.metrics.MetricRegistry",
            MP_PACKAGES.get(1) + "StartedCheck", "org.eclipse.microprofile.health.HealthCheck",
            MP_PACKAGES.get(1) + "ReadyCheck", "org.eclipse.microprofile.health.HealthCheck");

    /** Every bean of those packages is {@code @ApplicationScoped} ({@code ObservabilityExtensionTest}): only those types are looked at. */
    void vetoWhatTheServerCannotRun(@Observes @WithAnnotations(ApplicationScoped.class) ProcessAnnotatedType<?> type) {
        Class<?> bean = type.getAnnotatedType().getJavaClass();
        if (usesMicroProfile(bean.getName()) && !runs(bean.getName(), bean.getClassLoader())) {
            type.veto();
        }
    }

    static boolean usesMicroProfile(String name) {
        return MP_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** Whether {@code loader} can load the API the MicroProfile class {@code name} uses (false for an unknown one). */
    static boolean runs(String name, ClassLoader loader) {
        String api = API_OF.get(name);
        if (api == null) {
            return false;
        }
        try {
            Class.forName(api, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
