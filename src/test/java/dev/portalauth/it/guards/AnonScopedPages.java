package dev.portalauth.it.guards;

import static dev.portalauth.AuthMethod.SCOPED;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.portalauth.RequiresSession;

/** A page under the anon pathname, the pre-signed key a segment of its path, for scoped sessions only. */
@Path("/anon/{key}/{accountNumber}/scoped-statement")
@RequestScoped
public class AnonScopedPages {

    @GET
    @RequiresSession(SCOPED)
    public String statement() {
        return "scoped statement";
    }
}
