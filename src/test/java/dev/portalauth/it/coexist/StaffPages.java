package dev.portalauth.it.coexist;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import dev.portalauth.Session;

/** The portal's staff pages, guarded by its own mechanism's group; each says who the caller is and what {@code Session} says. */
@Path("/staff")
@DeclareRoles("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffPages {

    @Inject
    Session session;

    @GET
    @Path("reports")
    @RolesAllowed("staff")
    public String reports(@Context SecurityContext security) {
        return describe(security);
    }

    @POST
    @Path("notes")
    @RolesAllowed("staff")
    public String addNote(@Context SecurityContext security) {
        return describe(security);
    }

    /** Open to anyone: what a customer's cookies amount to on a staff path. */
    @GET
    @Path("whoami")
    public String whoami(@Context SecurityContext security) {
        return describe(security);
    }

    private String describe(SecurityContext security) {
        return Json.createObjectBuilder()
                .add("caller", security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName())
                .add("staff", security.isUserInRole("staff"))
                .add("authMethod", session.authMethod().jsonName())
                .build().toString();
    }
}
