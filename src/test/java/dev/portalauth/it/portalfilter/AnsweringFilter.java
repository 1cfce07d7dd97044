package dev.portalauth.it.portalfilter;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.Session;

/**
 * A portal's own filter that answers every request itself (but the simulator's, the probe's and the
 * guarded pages'),
 * saying which session it saw. Were it in front of the module's filter, dashboards would be served
 * without a session and the built-in endpoints would never answer.
 */
@WebFilter("/*")
public class AnsweringFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Session session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/kraken/") || path.startsWith("/probe") || path.startsWith("/guarded/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write("answered by the portal's filter for a " + session.authMethod().jsonName() + " session");
    }
}
