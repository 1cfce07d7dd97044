package dev.portalauth.internal.guard;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import dev.portalauth.Session;
import dev.portalauth.internal.config.AuthSettings;

/**
 * Guards one resource method for the current request: reads its rule, asks {@link GuardDecision}
 * with the request's {@link Session}, and builds the refusal. Remembers on the request which method
 * it allowed, so that a second guard for the same method (the other filter, the interceptor)
 * does not decide again.
 */
@ApplicationScoped
public class Guards {

    private static final String ALLOWED = Guards.class.getName() + ".allowed";

    @Inject
    Session session;
    @Inject
    HttpServletRequest request;
    @Inject
    AuthSettings settings;

    private final GuardRules rules = new GuardRules();

    /** The refusal for this request, or empty when the method may run. */
    public Optional<Response> check(Class<?> resourceClass, Method method, ParameterValues values) {
        if (method.equals(request.getAttribute(ALLOWED))) {
            return Optional.empty();
        }
        Optional<GuardRule> rule = rules.of(resourceClass, method);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        GuardVerdict verdict = GuardDecision.decide(rule.get(), session.authMethod(), session.accountNumber(), values);
        if (verdict == GuardVerdict.ALLOW) {
            request.setAttribute(ALLOWED, method);
            return Optional.empty();
        }
        return Optional.of(GuardAnswers.refuse(verdict, request, settings));
    }

    /** Where the method's account parameter is bound (empty when it is not account scoped). */
    List<Binding> bindings(Class<?> resourceClass, Method method) {
        return rules.of(resourceClass, method).map(GuardRule::bindings).orElse(List.of());
    }

    /** True when some guard already decided for a resource method on this request (the filter ran). */
    boolean decidedThisRequest() {
        return request.getAttribute(ALLOWED) != null;
    }
}
