package dev.portalauth.internal.web;

import java.io.FileNotFoundException;
import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.RequestAuth;

/**
 * The module's servlet filter, in front of every resource of the application (JAX-RS, servlets,
 * static files alike, whatever the portal's {@code @ApplicationPath}): malformed paths, the
 * built-in endpoints, cross-site refusal of the portal's unsafe requests, then the route policy. A
 * servlet filter rather than a JAX-RS one, so that the policy also guards pages JAX-RS does not
 * serve. Outside {@code kraken.auth.paths} it only refuses malformed paths. A path the module refuses is answered here, before the portal runs: the chain ran no step
 * for it. Registered by {@link PortalAuthInitializer}, not
 * by annotation, so that it comes first and also in a {@code metadata-complete} application.
 */
public class PortalAuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthChain chain;
    @Inject
    transient BuiltInEndpoints endpoints;
    @Inject
    transient RoutePolicy policy;

    private transient PathRefusal refusal;
    private transient CrossSiteRefusal crossSite;

    @Override
    public void init() {
        JsonProvider json = JsonProvider.provider();
        refusal = new PathRefusal(json);
        crossSite = new CrossSiteRefusal(json);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain next)
            throws IOException, ServletException {
        // The mechanism has normally run already; this covers a container that skipped it.
        RequestAuth auth = chain.authenticate(request, response);
        if (auth.path() == null) {
            refusal.answer(response);
            return;
        }
        if (auth.admission() == Admission.OUTSIDE) {
            passOn(request, response, next); // the portal's own security has this path
            return;
        }
        BuiltInEndpoint endpoint = endpoints.at(auth.path());
        if (endpoint != null) {
            endpoint.handle(auth);
            return;
        }
        if (auth.admission() == Admission.REFUSED) {
            crossSite.answer(request, response);
            return;
        }
        if (!policy.enforce(auth)) {
            passOn(request, NoStoreKeeper.around(response), next);
        }
    }

    /**
     * A container may report a path nothing serves as a {@link FileNotFoundException} thrown up
     * the chain (OpenLiberty's file serving does when a filter is in front of it); passing through
     * here, it would be written to the server's logs with the path, which may hold a pre-signed
     * key. Answered as the plain 404 it means instead.
     */
    private static void passOn(HttpServletRequest request, HttpServletResponse response, FilterChain next)
            throws IOException, ServletException {
        try {
            next.doFilter(request, response);
        } catch (FileNotFoundException e) {
            notFound(response, e);
        } catch (ServletException e) {
            if (!(e.getCause() instanceof FileNotFoundException)) {
                throw e;
            }
            notFound(response, e);
        }
    }

    private static <E extends Exception> void notFound(HttpServletResponse response, E e) throws E, IOException {
        if (response.isCommitted()) {
            throw e;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
