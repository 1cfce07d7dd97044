package dev.portalauth.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.GuestSession;
import dev.portalauth.Session;

/** Tariffs a guest can browse; the last few viewed live in the guest token and follow the visitor into login. */
@Path("/tariffs")
public class TariffsResource {

    private static final List<String> TARIFFS = List.of("Agile", "Go", "Flexible", "Tracker", "Cosy");
    private static final int REMEMBERED = 3;

    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list() {
        StringBuilder b = new StringBuilder("<ul>");
        TARIFFS.forEach(t -> b.append("<li><a href=\"/tariffs/").append(t).append("\">").append(t).append("</a></li>"));
        b.append("</ul>").append(recent());
        return Html.page("Tariffs", b.toString());
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_HTML)
    public String view(@PathParam("name") String name) {
        if (!TARIFFS.contains(name)) {
            throw new NotFoundException();
        }
        session.guest().ifPresent(guest -> remember(guest, name));
        return Html.page(name, "<p>All about the " + Html.text(name) + " tariff.</p>" + recent());
    }

    private static void remember(GuestSession guest, String name) {
        List<Object> viewed = new ArrayList<>();
        viewed.add(name);
        if (guest.claims().get("recentlyViewed") instanceof List<?> before) {
            before.stream().filter(v -> !name.equals(v)).limit(REMEMBERED - 1).forEach(viewed::add);
        }
        guest.update(Map.of("recentlyViewed", viewed));
    }

    private String recent() {
        return session.guest().map(g -> g.claims().get("recentlyViewed"))
                .map(v -> "<p class=\"note\">Recently viewed: " + Html.text(v) + "</p>").orElse("");
    }
}
