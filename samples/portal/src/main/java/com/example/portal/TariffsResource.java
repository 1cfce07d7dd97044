package com.example.portal;

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

/**
 * Tariffs anyone may browse. The ones a visitor viewed are kept in their guest session
 * ({@link GuestSession#update}: a signed cookie, no server state) and follow them into their
 * session when they log in: the dashboard shows them from {@code Session.claims()}.
 */
@Path("/tariffs")
public class TariffsResource {

    static final String VIEWED = "viewedTariffs";
    private static final List<String> TARIFFS = List.of("Agile", "Go", "Flexible", "Tracker");

    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list() {
        StringBuilder list = new StringBuilder("<ul>");
        TARIFFS.forEach(t -> list.append("<li><a href=\"/tariffs/").append(t).append("\">").append(t).append("</a></li>"));
        return Html.page("Tariffs", list.append("</ul>").append(viewed()).toString());
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_HTML)
    public String view(@PathParam("name") String name) {
        if (!TARIFFS.contains(name)) {
            throw new NotFoundException();
        }
        session.guest().ifPresent(guest -> remember(guest, name));
        return Html.page(name, "<p>All about the " + Html.text(name) + " tariff.</p>" + viewed());
    }

    /** The last three viewed, newest first (the guest cookie has a size bound). */
    private static void remember(GuestSession guest, String name) {
        List<Object> viewed = new ArrayList<>(List.of(name));
        if (guest.claims().get(VIEWED) instanceof List<?> before) {
            before.stream().filter(v -> !name.equals(v)).limit(2).forEach(viewed::add);
        }
        guest.update(Map.of(VIEWED, viewed));
    }

    private String viewed() {
        return session.guest().map(g -> g.claims().get(VIEWED))
                .map(v -> "<p class=\"viewed\">Viewed: " + Html.text(v) + "</p>").orElse("");
    }
}
