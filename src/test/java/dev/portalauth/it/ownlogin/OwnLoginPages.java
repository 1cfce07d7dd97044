package dev.portalauth.it.ownlogin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.portalauth.Session;

/**
 * A portal's own login and logout, as docs/GUIDE.md shows them: Jakarta Security's
 * {@code SecurityContext.authenticate} with the visitor's email and password, and
 * {@code HttpServletRequest.logout()}. Each answers with what the application saw, in a status of
 * its own choosing ({@code 299} for a failed login), so a test can tell the application's answer
 * from anything the container or the module might have written instead.
 */
@Path("/own")
public class OwnLoginPages {

    @Inject
    SecurityContext securityContext;
    @Inject
    Session session;

    @POST
    @Path("login")
    @Produces(MediaType.APPLICATION_JSON)
    public Response login(@FormParam("email") String email, @FormParam("password") String password,
                          @Context HttpServletRequest request, @Context HttpServletResponse response) {
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, password)));
        return Response.status(status == AuthenticationStatus.SUCCESS ? 200 : 299)
                .entity(Json.createObjectBuilder()
                        .add("status", status.name())
                        .add("failure", session.loginFailure().map(Enum::name).orElse(""))
                        .add("authMethod", session.authMethod().jsonName())
                        .add("caller", request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName())
                        .build().toString())
                .build();
    }

    @POST
    @Path("logout")
    @Produces(MediaType.APPLICATION_JSON)
    public String logout(@Context HttpServletRequest request) throws ServletException {
        request.logout();
        return Json.createObjectBuilder()
                .add("authMethod", session.authMethod().jsonName())
                .add("guest", session.guest().isPresent())
                .add("revokedAtKraken", session.revokedAtKraken())
                .build().toString();
    }
}
