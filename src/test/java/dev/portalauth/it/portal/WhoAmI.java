package dev.portalauth.it.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.Session;

/** The minimal portal resource of docs/GUIDE.md: it injects {@code Session}. */
@Path("{any: .*}")
public class WhoAmI {

    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String whoAmI() {
        return session.authMethod().jsonName() + " " + session.accountNumber().orElse("-");
    }
}
