package dev.portalauth.it.portalfilter;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;


/** The filters the application has, by name: class and URL patterns. */
@Path("/probe-filters")
public class RegisteredFilters {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String filters(@Context ServletContext context) {
        JsonObjectBuilder filters = Json.createObjectBuilder();
        context.getFilterRegistrations().forEach((name, registration) -> filters.add(name,
                registration.getClassName() + " " + registration.getUrlPatternMappings()));
        return filters.build().toString();
    }
}
