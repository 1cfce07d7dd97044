package dev.portalauth.it.links;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.PreSignedLink;
import dev.portalauth.PreSignedLinks;
import dev.portalauth.Session;

/**
 * A portal's use of pre-signed links, as the README shows it: a back-office page issues a link with
 * {@link PreSignedLinks} (its URL would be emailed; a test reads it from the answer), and the page of
 * the link ends it after its one submission with {@link Session#endLink()}.
 */
@Path("/")
public class LinkPages {

    @Inject
    PreSignedLinks links;
    @Inject
    Session session;

    @POST
    @Path("back-office/links")
    @Produces(MediaType.APPLICATION_JSON)
    public String issue(@FormParam("email") String email, @FormParam("scope") String scope) {
        PreSignedLink link = links.issue(email, scope, 3);
        return Json.createObjectBuilder()
                .add("url", links.url(link.key(), "/submit"))
                .add("expiresAt", link.expiresAt().toString())
                .add("scope", link.scope())
                .build().toString();
    }

    @POST
    @Path("anon/{key}/submit")
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
