package dev.portalauth.it.paths;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * JAX-RS resources under the guarded pathnames {@code /rs/dashboard} and {@code /rs/anon}: a fixed
 * template and a catch-all each, answering {@link #CONTENT} to whoever reaches them.
 */
@Path("/")
@Produces(MediaType.TEXT_PLAIN)
public class GuardedTargets {

    /** What every guarded target answers: seeing it means the request reached protected content. */
    public static final String CONTENT = "PROTECTED-CONTENT";

    @GET
    @Path("dashboard/fixed")
    public String dashboardFixed() {
        return CONTENT + " dashboard fixed";
    }

    @GET
    @Path("dashboard/{rest: .*}")
    public String dashboardCatchAll() {
        return CONTENT + " dashboard catch-all";
    }

    @GET
    @Path("anon/{key}/fixed")
    public String anonFixed() {
        return CONTENT + " anon fixed";
    }

    @GET
    @Path("anon/{rest: .*}")
    public String anonCatchAll() {
        return CONTENT + " anon catch-all";
    }
}
