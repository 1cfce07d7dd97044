package dev.portalauth.internal.guard;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import dev.portalauth.Session;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.RouteSettings;

/**
 * Guards one resource method for the current request: reads its rule, asks {@link GuardDecision}
 * with the request's {@link Session}, and builds the refusal. What the JAX-RS filters allowed is
 * remembered on the request for one invocation only: the other filter and the interceptor of the
 * resource method's own invocation do not decide again, but any later call of a guarded CDI method,
 * whatever its arguments, is judged afresh.
 */
@ApplicationScoped
public class Guards {

    /** The resource method the filters allowed, until its invocation (the interceptor) takes it. */
    private static final String ALLOWED = Guards.class.getName() + ".allowed";
    /** Set once a filter decided on this request, for the interceptor's note that it guards alone. */
    private static final String FILTERED = Guards.class.getName() + ".filtered";

    private final Session session;
    private final HttpServletRequest request;
    private final RouteSettings routes;
    private final AnonKeySettings anonKeys;
    private final GuardRules rules = new GuardRules();

    @Inject
    Guards(Session session, HttpServletRequest request, RouteSettings routes, AnonKeySettings anonKeys) {
        this.session = session;
        this.request = request;
        this.routes = routes;
        this.anonKeys = anonKeys;
    }

    /** For the container's client proxy only. */
    protected Guards() {
        this(null, null, null, null);
    }

    /** A filter's judgement of the matched resource method. */
    GuardVerdict judgeRequest(Class<?> resourceClass, Method method, ParameterValues values) {
        request.setAttribute(FILTERED, Boolean.TRUE);
        if (method.equals(request.getAttribute(ALLOWED))) { // the other filter of this method allowed it
            return GuardVerdict.ALLOW;
        }
        GuardVerdict verdict = judge(resourceClass, method, values);
        if (verdict == GuardVerdict.ALLOW) {
            request.setAttribute(ALLOWED, method);
        }
        return verdict;
    }

    /**
     * The interceptor's judgement of one invocation: allowed at once only when it is the invocation
     * of the resource method the filters just allowed (taken, so never again); judged otherwise.
     */
    GuardVerdict judgeInvocation(Class<?> resourceClass, Method method, ParameterValues values) {
        if (method.equals(request.getAttribute(ALLOWED))) {
            request.removeAttribute(ALLOWED);
            return GuardVerdict.ALLOW;
        }
        return judge(resourceClass, method, values);
    }

    /** The answer to a request or invocation refused with {@code verdict}. */
    Response refusal(GuardVerdict verdict) {
        return GuardAnswers.refuse(verdict, request, routes, anonKeys);
    }

    private GuardVerdict judge(Class<?> resourceClass, Method method, ParameterValues values) {
        Optional<GuardRule> rule = rules.of(resourceClass, method);
        return rule.isEmpty() ? GuardVerdict.ALLOW
                : GuardDecision.decide(rule.get(), session.authMethod(), session.accountNumber(), values);
    }

    /** Where the method's account parameter is bound (empty when it is not account scoped). */
    List<Binding> bindings(Class<?> resourceClass, Method method) {
        return rules.of(resourceClass, method).map(GuardRule::bindings).orElse(List.of());
    }

    /** True when a JAX-RS filter of the module decided on this request. */
    boolean filteredThisRequest() {
        return request.getAttribute(FILTERED) != null;
    }
}
