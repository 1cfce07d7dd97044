package dev.portalauth.internal.guard;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.portalauth.AccountScoped;
import dev.portalauth.AuthMethod;
import dev.portalauth.RequiresSession;

/**
 * Reads the {@link GuardRule} of a resource method from its annotations (the method's replace the
 * class's), once per class and method: the request path pays one map lookup.
 */
public final class GuardRules {

    private static final Logger LOG = Logger.getLogger(GuardRules.class.getName());

    private record Key(Class<?> resourceClass, Method method) {
    }

    private final ConcurrentMap<Key, Optional<GuardRule>> rules = new ConcurrentHashMap<>();

    /** The rule for this method of this class (or of the class a generated subclass stands for), else empty. */
    public Optional<GuardRule> of(Class<?> resourceClass, Method method) {
        Class<?> written = beanClass(resourceClass);
        return rules.computeIfAbsent(new Key(written, method), k -> read(written, method));
    }

    /**
     * The class the application wrote: Weld intercepts and proxies through generated subclasses
     * ({@code Pages$Proxy$_$$_WeldSubclass}); judging those would read the same rule twice and log
     * their names.
     */
    static Class<?> beanClass(Class<?> resourceClass) {
        Class<?> c = resourceClass;
        while (c.getName().contains("$$") && c.getSuperclass() != null && c.getSuperclass() != Object.class) {
            c = c.getSuperclass();
        }
        return c;
    }

    static Optional<GuardRule> read(Class<?> resourceClass, Method method) {
        RequiresSession requires = annotation(resourceClass, method, RequiresSession.class);
        AccountScoped scoped = annotation(resourceClass, method, AccountScoped.class);
        if (requires == null && scoped == null) {
            return Optional.empty();
        }
        // @AccountScoped alone still needs a session: an anonymous visitor has no account.
        AuthMethod[] kinds = requires != null ? requires.value() : defaultKinds();
        EnumSet<AuthMethod> accepted = EnumSet.noneOf(AuthMethod.class);
        accepted.addAll(List.of(kinds));
        String name = scoped == null ? null : scoped.value();
        List<Binding> bindings = name == null ? List.of() : bindings(resourceClass, method, name);
        if (name != null && bindings.stream().map(Binding::source).distinct().count() != 1) {
            GuardMessages.ACCOUNT_PARAMETER_NOT_BOUND_ONCE.log(LOG, resourceClass.getName(), method.getName(), name,
                    bindings.isEmpty() ? "nowhere" : "as both a path and a query parameter");
        }
        return Optional.of(new GuardRule(accepted, name, bindings));
    }

    private static AuthMethod[] defaultKinds() {
        try {
            return (AuthMethod[]) RequiresSession.class.getMethod("value").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <A extends Annotation> A annotation(Class<?> resourceClass, Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : resourceClass.getAnnotation(type);
    }

    /** Method parameters and fields of the class and its superclasses bound by {@code @PathParam}/{@code @QueryParam}. */
    static List<Binding> bindings(Class<?> resourceClass, Method method, String name) {
        List<Binding> found = new ArrayList<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            int index = i;
            for (Annotation a : parameters[i]) {
                source(a, name).ifPresent(s -> found.add(Binding.parameter(s, index)));
            }
        }
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                for (Annotation a : f.getAnnotations()) {
                    source(a, name).ifPresent(s -> found.add(Binding.field(s, f)));
                }
            }
        }
        return found;
    }

    private static Optional<ParamSource> source(Annotation a, String name) {
        if (a instanceof PathParam p && p.value().equals(name)) {
            return Optional.of(ParamSource.PATH);
        }
        if (a instanceof QueryParam q && q.value().equals(name)) {
            return Optional.of(ParamSource.QUERY);
        }
        return Optional.empty();
    }
}
