package dev.portalauth.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.AuthMethod;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/**
 * The meter-reading page from a pre-signed link ({@code /anon/{key}/meter-reading}): any session
 * may enter (the link's scoped one, or a full session the anon route keeps); the page itself reads
 * only the scoped session's own account. A submission on the link's own session ends the link.
 */
@Path("/anon/{key}/meter-reading")
@RequiresSession
public class MeterReadingResource {

    @Inject
    MeterReadingPage page;
    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form() {
        return page.form(null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public String submit() {
        if (session.authMethod() != AuthMethod.SCOPED) {
            return page.thanks();
        }
        // A one-time link: its one submission ends it, at Kraken and for every tab that holds it.
        session.endLink();
        return page.thanksLinkUsed();
    }
}
