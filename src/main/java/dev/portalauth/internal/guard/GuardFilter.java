package dev.portalauth.internal.guard;

import java.util.List;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * The guard as a JAX-RS filter: runs after matching, so it knows the resource method and the values
 * the request gives its path and query parameters, and refuses before the resource is called.
 * Name-bound (one subclass per annotation), so unguarded resources pay nothing.
 *
 * <p>The subclasses carry the guard annotations, which are also interceptor bindings: they are
 * {@code @Vetoed}, so that no server makes them CDI beans and intercepts the filter itself; the
 * {@link Guards} bean is looked up instead of injected.
 */
abstract class GuardFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    private volatile Guards guards;

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Guards found = guards();
        GuardVerdict verdict = found.judgeRequest(resource.getResourceClass(), resource.getResourceMethod(),
                (source, name) -> values(uri, source, name));
        if (verdict != GuardVerdict.ALLOW) {
            request.abortWith(found.refusal(verdict));
        }
    }

    private Guards guards() {
        Guards found = guards;
        if (found == null) {
            found = CDI.current().select(Guards.class).get();
            guards = found;
        }
        return found;
    }

    /** Decoded, as JAX-RS hands them to the method; every value, so a repeated query parameter is seen whole. */
    private static List<String> values(UriInfo uri, ParamSource source, String name) {
        MultivaluedMap<String, String> parameters = source == ParamSource.PATH
                ? uri.getPathParameters(true) : uri.getQueryParameters(true);
        List<String> values = parameters.get(name);
        return values == null ? List.of() : values;
    }
}
