package dev.portalauth.demo.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmark's trivial page (bench/run): one resource method answering the same few bytes at
 * every path below {@code /bench}, so scenarios differ only in what the request carries and in
 * what the module is configured to do on that path (guest paths, anon pathnames). It injects
 * nothing: whatever a scenario costs beyond the baseline is the module's.
 */
@Path("/bench")
public class PingResource {

    private static final String PONG = "pong\n";

    @GET
    @Path("{rest: .+}")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return PONG;
    }
}
