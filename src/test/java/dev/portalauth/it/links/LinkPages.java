package dev.portalauth.it.links;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.Session;

/**
 * The page of a one-time link, as docs/GUIDE.md shows it: after its one submission it ends the link
 * with {@link Session#endLink()}, and answers what the session was before and after.
 */
@Path("/anon/{key}/submit")
public class LinkPages {

    @Inject
    Session session;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String submit() {
        String before = session.authMethod().jsonName();
        boolean ended = session.endLink();
        return Json.createObjectBuilder()
                .add("before", before)
                .add("ended", ended)
                .add("after", session.authMethod().jsonName())
                .build().toString();
    }
}
