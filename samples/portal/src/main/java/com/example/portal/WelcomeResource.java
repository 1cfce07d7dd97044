package com.example.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.GuestSession;
import dev.portalauth.Session;

/** A public page: greets a guest with the tariff they last viewed (a claim of their guest token). */
@Path("/welcome")
public class WelcomeResource {

    @Inject
    Session session;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Welcome welcome() {
        String lastViewed = session.guest().map(GuestSession::claims).map(c -> c.get("lastViewedTariff"))
                .map(Object::toString).orElse("");
        return new Welcome(session.authMethod().jsonName(), lastViewed);
    }

    /** What the page shows. */
    public record Welcome(String session, String lastViewedTariff) {
    }
}
