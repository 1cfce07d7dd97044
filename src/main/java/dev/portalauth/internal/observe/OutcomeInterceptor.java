package dev.portalauth.internal.observe;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Counts each {@link CountedOutcome} method's result: the Kraken call code itself stays free of
 * metrics. The value on this class is required by the annotation and is not used: the flow is the
 * annotated method's.
 */
@CountedOutcome(Flow.EXCHANGE)
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class OutcomeInterceptor {

    private final PortalAuthMetrics metrics;

    @Inject
    OutcomeInterceptor(PortalAuthMetrics metrics) {
        this.metrics = metrics;
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        CountedOutcome counted = invocation.getMethod().getAnnotation(CountedOutcome.class);
        if (counted == null) {
            return invocation.proceed();
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (RuntimeException e) {
            metrics.outcome(counted.value(), Outcome.of(e));
            throw e;
        }
        metrics.outcome(counted.value(), Boolean.FALSE.equals(result) ? Outcome.REFUSED : Outcome.SUCCESS);
        return result;
    }
}
