package dev.portalauth.it.guards;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.portalauth.RequiresSession;

/**
 * A resource as portals usually write one: {@code @Path} and no CDI scope of its own. Both servers
 * still manage it through CDI, so the interceptor guards it where the filter is left out.
 */
@Path("/plain")
@RequiresSession
public class PlainPages {

    @GET
    public String page() {
        return "plain entered";
    }
}
