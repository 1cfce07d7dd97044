package dev.portalauth.internal.observe;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Keeps the beans of {@code dev.portalauth.internal.observe.mp} out of the container when the server does
 * not give the application the API they use. Weld (Payara, OpenLiberty) already skips them there,
 * logging {@code WELD-000119} at INFO: a health check cannot be loaded (it implements the Health
 * API) and the metrics sink's injection point names a missing type. This veto makes the outcome
 * the container's choice no longer: a container that got as far as the sink would otherwise fail
 * deployment on that injection point.
 */
public class ObservabilityExtension implements Extension {

    private static final String MP_PACKAGE = "dev.portalauth.internal.observe.mp.";

    /** Each {@code observe.mp} bean and the API type it needs. */
    static final Map<String, String> API_OF = Map.of(
            MP_PACKAGE + "MpMetricsSink", "org.eclipse.microprofile.metrics.MetricRegistry",
            MP_PACKAGE + "StartedCheck", "org.eclipse.microprofile.health.HealthCheck",
            MP_PACKAGE + "ReadyCheck", "org.eclipse.microprofile.health.HealthCheck");

    /** Every {@code observe.mp} bean is {@code @ApplicationScoped} ({@code ObservabilityExtensionTest}): only those types are looked at. */
    void vetoWhatTheServerCannotRun(@Observes @WithAnnotations(ApplicationScoped.class) ProcessAnnotatedType<?> type) {
        Class<?> bean = type.getAnnotatedType().getJavaClass();
        if (bean.getName().startsWith(MP_PACKAGE) && !runs(bean.getName(), bean.getClassLoader())) {
            type.veto();
        }
    }

    /** Whether {@code loader} can load the API the {@code observe.mp} class {@code name} uses (false for an unknown one). */
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
