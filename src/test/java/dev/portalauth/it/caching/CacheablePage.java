package dev.portalauth.it.caching;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A page that asks every cache to keep it, every way a response can: replace, add, remove, replace again. */
@WebServlet("/cacheable")
public class CacheablePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", null);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.addHeader("Cache-Control", "immutable");
        response.setContentType("text/plain");
        response.getWriter().write("cacheable");
    }
}
