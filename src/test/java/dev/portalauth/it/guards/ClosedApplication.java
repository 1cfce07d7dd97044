package dev.portalauth.it.guards;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * A portal's application that lists its classes: JAX-RS then registers nothing else, so the
 * module's guard filters are left out and only the interceptor stands between a request and the
 * guarded pages (served here under {@code /closed}).
 */
@ApplicationPath("/closed")
public class ClosedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(GuardedPages.class, StatementPages.class, PlainPages.class);
    }
}
