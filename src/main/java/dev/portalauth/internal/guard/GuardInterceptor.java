package dev.portalauth.internal.guard;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.WebApplicationException;

/**
 * The guard as a CDI interceptor, so that a guarded method of a CDI bean never runs unguarded: when
 * the JAX-RS filter already allowed this very method on this request it only proceeds; otherwise
 * (the portal's {@code Application} leaves the filter out, or a guarded bean is called from
 * elsewhere) it decides from the bound arguments and fields, and refuses with a
 * {@link WebApplicationException} carrying the same answer as the filter.
 */
abstract class GuardInterceptor {

    private static final Logger LOG = Logger.getLogger(GuardInterceptor.class.getName());
    private static final Set<Method> ANNOUNCED = ConcurrentHashMap.newKeySet();
    private static final String DECIDED = GuardInterceptor.class.getName() + ".decided";

    private final Guards guards;

    GuardInterceptor(Guards guards) {
        this.guards = guards;
    }

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        // Both guard interceptors bound to one method see one invocation: the first decides for it.
        if (invocation.getContextData().putIfAbsent(DECIDED, Boolean.TRUE) != null) {
            return invocation.proceed();
        }
        Method method = invocation.getMethod();
        Object target = invocation.getTarget();
        if (!guards.filteredThisRequest() && ANNOUNCED.add(method)) {
            GuardMessages.GUARDED_BY_THE_INTERCEPTOR.log(LOG, method.getDeclaringClass().getName(), method.getName());
        }
        Class<?> resourceClass = target.getClass();
        GuardVerdict verdict = guards.judgeInvocation(resourceClass, method, new BoundArguments(invocation.getParameters(),
                target, guards.bindings(resourceClass, method)));
        if (verdict != GuardVerdict.ALLOW) {
            throw new WebApplicationException(guards.refusal(verdict));
        }
        return invocation.proceed();
    }
}
