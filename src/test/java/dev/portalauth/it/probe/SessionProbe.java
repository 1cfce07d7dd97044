package dev.portalauth.it.probe;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import dev.portalauth.Session;

/**
 * Test-only page at every path but the root that no demo page claims (each demo page class has its
 * own root path, so JAX-RS implementations agree on which class answers): answers with what {@code Session} and the
 * container's security context say about this very request, so tests observe the module as an
 * application would.
 */
@Path("/")
@DeclareRoles({"masquerade", "mobile-web-view", "user", "scoped"})
public class SessionProbe {

    @Inject
    Session session;

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public String get(@PathParam("path") String path, @Context SecurityContext security) {
        return describe(path, security);
    }

    /** Only a scoped caller may read this: how an application guards a resource by session kind. */
    @GET
    @Path("roles/scoped-only")
    @RolesAllowed("scoped")
    @Produces(MediaType.TEXT_PLAIN)
    public String scopedOnly() {
        return "scoped";
    }

    /** An application adding a claim to the logged-in session's payload. */
    @POST
    @Path("payload/{name}/{value}")
    @Produces(MediaType.APPLICATION_JSON)
    public String mergeIntoPayload(@PathParam("name") String name, @PathParam("value") String value,
                                   @Context SecurityContext security) {
        session.mergeIntoPayload(Map.of(name, value));
        return describe("payload", security);
    }

    @POST
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public String post(@PathParam("path") String path, @Context SecurityContext security) {
        return describe(path, security);
    }

    private String describe(String path, SecurityContext security) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("path", "/" + path)
                .add("authMethod", session.authMethod().jsonName())
                .add("isAuthenticated", session.isAuthenticated())
                .add("accountNumber", session.accountNumber().orElse(""))
                .add("sub", session.token().map(t -> t.getSubject()).orElse(""))
                .add("caller", security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName());
        for (String group : new String[] {"masquerade", "mobile-web-view", "user", "scoped"}) {
            if (security.isUserInRole(group)) {
                b.add("group", group);
            }
        }
        JsonObjectBuilder claims = Json.createObjectBuilder();
        session.claims().forEach((k, v) -> claims.add(k, String.valueOf(v)));
        b.add("claims", claims);
        session.guest().ifPresent(g -> {
            JsonObjectBuilder guest = Json.createObjectBuilder().add("id", g.id());
            Map<String, Object> gc = g.claims();
            gc.forEach((k, v) -> guest.add(k, String.valueOf(v)));
            b.add("guest", guest);
        });
        return b.build().toString();
    }
}
