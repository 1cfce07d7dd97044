package dev.portalauth.internal.web;

import java.io.IOException;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.RequestAuth;

/**
 * The rule every state-changing built-in endpoint applies first: POST only, same site only; an
 * application's own login through Jakarta Security applies the same-site half.
 */
final class StateChanges {

    private final PortalOrigin portalOrigin;
    private final JsonObject crossSite;

    StateChanges(PortalOrigin portalOrigin, JsonProvider json) {
        this.portalOrigin = portalOrigin;
        this.crossSite = json.createObjectBuilder().add("error", AuthErrorCode.CROSS_SITE.name()).build();
    }

    /** Answers {@code 405}, or {@code 403 {"error":"CROSS_SITE"}}, and returns true when the request may not change state. */
    boolean refused(RequestAuth auth) throws IOException {
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return true;
        }
        if (crossSite(request)) {
            JsonResponses.write(response, HttpServletResponse.SC_FORBIDDEN, crossSite);
            return true;
        }
        return false;
    }

    /** True when any browser signal says the request comes from another site (SPEC 8). */
    boolean crossSite(HttpServletRequest request) {
        return CrossSiteRequests.isCrossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                portalOrigin.of(request));
    }
}
