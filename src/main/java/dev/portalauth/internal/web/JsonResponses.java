package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

/** Writes the module's JSON answers: never cached, since they describe a session. */
final class JsonResponses {

    private JsonResponses() {
    }

    static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
