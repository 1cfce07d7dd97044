package dev.portalauth.internal.web;

import java.io.IOException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.CrossSiteSettings;

/**
 * The rule every state-changing built-in endpoint applies first: POST only, same site only; an
 * application's own login through Jakarta Security applies the same-site half.
 */
@ApplicationScoped
public class StateChanges {

    private final PortalOrigin portalOrigin;
    private final CrossSiteRequests rule;
    private final JsonObject crossSite;

    @Inject
    StateChanges(PortalOrigin portalOrigin, CrossSiteSettings crossSite) {
        this.portalOrigin = portalOrigin;
        this.rule = new CrossSiteRequests(crossSite.crossSiteTrustedOrigins());
        this.crossSite = JsonProvider.provider().createObjectBuilder().add("error", AuthErrorCode.CROSS_SITE.name()).build();
    }

    /** For the container's client proxy only. */
    protected StateChanges() {
        this.portalOrigin = null;
        this.rule = null;
        this.crossSite = null;
    }

    /** Answers {@code 405}, or {@code 403 {"error":"CROSS_SITE"}}, and returns true when the request may not change state. */
    public boolean refused(RequestAuth auth) throws IOException {
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

    /** True when any browser signal says the request comes from another site ({@link CrossSiteRequests}). */
    public boolean crossSite(HttpServletRequest request) {
        return rule.isCrossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Referer"), portalOrigin.of(request));
    }
}
