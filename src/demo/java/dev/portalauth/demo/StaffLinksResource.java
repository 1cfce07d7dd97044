package dev.portalauth.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.portalauth.KrakenException;
import dev.portalauth.PreSignedLink;
import dev.portalauth.PreSignedLinks;

/**
 * Demo only: staff issue a one-time link for a customer, as the organisation would before emailing
 * it ({@code PreSignedLinks.issue} and {@code url}). Only a caller presenting the demo's staff key may:
 * an open endpoint would hand anyone a link to any customer's account.
 */
@Path("/staff/links")
public class StaffLinksResource {

    @Inject
    PreSignedLinks links;
    /** Unset (a WAR with the demo's pages but a configuration of its own): nobody is staff. */
    @Inject
    @ConfigProperty(name = "demo.staff-key")
    Optional<String> staffKey;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@HeaderParam("X-Staff-Key") String presented, @FormParam("email") String email,
                          @FormParam("scope") @DefaultValue("SUBMIT_METER_READINGS") String scope,
                          @FormParam("days") @DefaultValue("7") int days,
                          @FormParam("path") @DefaultValue("/meter-reading") String path) {
        if (presented == null || staffKey.isEmpty() || !MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), staffKey.get().getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.FORBIDDEN).entity("{\"error\":\"STAFF_ONLY\"}").build();
        }
        if (email == null || email.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity("{\"error\":\"EMAIL_MISSING\"}").build();
        }
        try {
            PreSignedLink link = links.issue(email, scope, days);
            return Response.ok(Json.createObjectBuilder()
                    .add("key", link.key())
                    .add("url", links.url(link.key(), path))
                    .add("scope", link.scope())
                    .add("expiresAt", link.expiresAt().toString())
                    .build().toString()).build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("{\"error\":\"BAD_REQUEST\"}").build();
        } catch (KrakenException e) {
            // Kraken refused (e.g. an email of no customer) or could not be reached: its codes only, never a key.
            return Response.status(Response.Status.BAD_GATEWAY).entity(Json.createObjectBuilder()
                    .add("error", "NOT_ISSUED").add("errorCodes", Json.createArrayBuilder(e.errorCodes()))
                    .build().toString()).build();
        }
    }
}
