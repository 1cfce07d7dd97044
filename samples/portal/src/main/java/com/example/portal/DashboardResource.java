package com.example.portal;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/**
 * The dashboard: full sessions only (the dashboard route says so for the path, the guard again
 * for the method), the user's accounts read from Kraken as the user, and what they viewed as a
 * guest, merged into their session at login.
 */
@Path("/dashboard")
@RequiresSession({AuthMethod.ACCESS_TOKEN, AuthMethod.MASQUERADE, AuthMethod.MOBILE_WEB_VIEW})
public class DashboardResource {

    @Inject
    Session session;

    @Inject
    KrakenClient kraken;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String dashboard() {
        StringBuilder body = new StringBuilder();
        try {
            Queries.Viewer viewer = kraken.request(Queries.VIEWER, Map.of(), Queries.ViewerData.class).viewer;
            body.append("<p>Hello ").append(Html.text(viewer.givenName)).append("</p><ul>");
            viewer.accounts.forEach(a -> body.append("<li class=\"account\">").append(Html.text(a.number))
                    .append(": balance ").append(a.balance).append("</li>"));
            body.append("</ul>");
        } catch (KrakenException e) {
            body.append("<p class=\"error\">Your accounts cannot be shown right now.</p>");
        }
        if (session.claims().get(TariffsResource.VIEWED) instanceof List<?> viewed) {
            body.append("<p class=\"viewed\">Before you logged in you looked at: ").append(Html.text(viewed)).append("</p>");
        }
        return Html.page("Dashboard", body.append("<form method=\"post\" action=\"/api/auth/logout\">"
                + "<button>Log out</button></form>").toString());
    }
}
