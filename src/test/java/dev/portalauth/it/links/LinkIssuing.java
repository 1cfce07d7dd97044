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

/**
 * A back-office page issuing a link with {@link PreSignedLinks}: its URL would be emailed; a test
 * reads it from the answer.
 */
@Path("/back-office/links")
public class LinkIssuing {

    @Inject
    PreSignedLinks links;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String issue(@FormParam("email") String email, @FormParam("scope") String scope) {
        PreSignedLink link = links.issue(email, scope, 3);
        return Json.createObjectBuilder()
                .add("url", links.url(link.key(), "/submit"))
                .add("expiresAt", link.expiresAt().toString())
                .add("scope", link.scope())
                .build().toString();
    }
}
