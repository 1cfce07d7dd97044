package dev.portalauth.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.chain.RequestAuth;

/** The rule every state-changing built-in endpoint applies first: POST only, same site only. */
final class StateChanges {

    private StateChanges() {
    }

    /** Answers {@code 405} or {@code 403} and returns true when the request may not change state. */
    static boolean refused(RequestAuth auth) throws IOException {
        HttpServletResponse response = auth.response();
        if (!"POST".equals(auth.request().getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return true;
        }
        if (CrossSiteRequests.isCrossSite(auth.request())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return true;
        }
        return false;
    }
}
