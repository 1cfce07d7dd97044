package dev.portalauth.it.ownlogin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A portal's own logout in a plain servlet: {@code request.logout()}, then its own page. */
@WebServlet("/own-servlet/logout")
public class OwnLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        response.setContentType("text/plain");
        response.getWriter().write("logged out by the portal");
    }
}
