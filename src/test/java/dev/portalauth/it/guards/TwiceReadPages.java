package dev.portalauth.it.guards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.portalauth.RequiresSession;

/** Calls the guarded {@link StatementReader} twice in one request: for the path's account, then the query's. */
@Path("/twice-read/{accountNumber}")
@RequestScoped
@RequiresSession
public class TwiceReadPages {

    @Inject
    StatementReader reader;

    @GET
    public String both(@PathParam("accountNumber") String first, @QueryParam("also") String second) {
        return reader.read(first) + ", " + reader.read(second);
    }
}
