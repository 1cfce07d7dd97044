package dev.portalauth.it.paths;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A plain servlet under both guarded pathnames, answering {@link GuardedTargets#CONTENT}: by a path
 * mapping under the dashboard, by an extension mapping under anon (a mapping naming the anon key
 * would put the key in the server's log of its mappings).
 */
@WebServlet({"/dashboard/servlet/*", "*.svc"})
public class GuardedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Shaped like a pre-signed key, known to no one: the anon targets' key segment. */
    public static final String KEY = "Pq7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2cV7bN4mQ9wE1rT6yU3iO8pA5sD0fG7h";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(GuardedTargets.CONTENT + " servlet");
    }
}
