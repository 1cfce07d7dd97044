package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.support.AcceptPreference;

/**
 * The answer to a portal request refused as cross-site: {@code 403}, {@code {"error":"CROSS_SITE"}}
 * to a caller that prefers JSON, else one line of plain text (a forged form post lands on it).
 */
final class CrossSiteRefusal {

    private static final String TEXT = "Refused: this request came from another site.\n";

    private final JsonObject json;

    CrossSiteRefusal(JsonProvider json) {
        this.json = json.createObjectBuilder().add("error", AuthErrorCode.CROSS_SITE.name()).build();
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AcceptPreference.prefersJson(request.getHeader("Accept"))) {
            JsonResponses.write(response, HttpServletResponse.SC_FORBIDDEN, json);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(TEXT);
    }
}
