package com.example.portal;

import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.AccountScoped;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.RequiresSession;

/**
 * A meter reading from a pre-signed link ({@code /anon/{key}/accounts/{accountNumber}/meter-reading}):
 * the module exchanges the key for a session scoped to one account; the guard lets that session
 * in for its own account only ({@code 403} for another), so the link cannot be turned on a neighbour's.
 */
@Path("/anon/{key}/accounts/{accountNumber}/meter-reading")
@RequiresSession
@AccountScoped("accountNumber")
public class MeterReadingResource {

    @Inject
    KrakenClient kraken;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@PathParam("accountNumber") String accountNumber) {
        try {
            Queries.Account account = kraken.request(Queries.ACCOUNT_METERS, Map.of("accountNumber", accountNumber),
                    Queries.AccountData.class).account;
            StringBuilder meters = new StringBuilder();
            account.properties.forEach(p -> Stream.concat(p.electricityMeterPoints.stream(), p.gasMeterPoints.stream())
                    .flatMap(point -> point.meters.stream())
                    .forEach(m -> meters.append("<option>").append(Html.text(m.serialNumber)).append("</option>")));
            // A relative action: the form posts back to this very link, key included.
            return Html.page("Meter reading for " + account.number, "<form method=\"post\" action=\"meter-reading\">"
                    + "<label>Meter <select name=\"meter\">" + meters + "</select></label>"
                    + "<label>Reading <input name=\"reading\" inputmode=\"numeric\" pattern=\"[0-9]{1,8}\" required>"
                    + "</label><button>Submit</button></form>");
        } catch (KrakenException e) {
            return Html.page("Meter reading", "<p class=\"error\">Your meters cannot be shown right now.</p>");
        }
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public String submit(@PathParam("accountNumber") String accountNumber, @FormParam("meter") String meter,
                         @FormParam("reading") String reading) {
        if (meter == null || reading == null || !reading.matches("[0-9]{1,8}")) {
            return Html.page("Meter reading", "<p class=\"error\">Please enter the digits on the meter.</p>");
        }
        // A real portal sends the reading to Kraken here (a mutation of its schema) as this session.
        return Html.page("Thank you", "<p>Reading " + Html.text(reading) + " for meter " + Html.text(meter)
                + " of account " + Html.text(accountNumber) + " received.</p>");
    }
}
