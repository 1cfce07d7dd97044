package dev.portalauth.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.AccountScoped;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/**
 * Customer feedback from a pre-signed link, with the account loaded from Kraken as the scoped session.
 * Guarded: a session is needed, and a scoped one only for the account its token names (a link
 * edited to another account is refused before Kraken is asked).
 */
@Path("/anon/{key}/{accountNumber}/feedback")
@RequiresSession
@AccountScoped("accountNumber")
public class FeedbackResource {

    @Inject
    KrakenClient kraken;
    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@PathParam("accountNumber") String accountNumber) {
        try {
            DemoQueries.Account account = AccountView.load(kraken, accountNumber);
            return Html.page("Tell us how we did", "<p>Feedback for account <b>" + Html.text(account.number)
                    + "</b></p><form method=\"post\"><label>How did we do? <select name=\"score\"><option>Great"
                    + "</option><option>OK</option><option>Not good</option></select></label><label>Anything else?"
                    + " <textarea name=\"comment\" rows=\"4\"></textarea></label><button>Send feedback</button></form>");
        } catch (KrakenException e) {
            return Html.page("Tell us how we did", "<p class=\"error\">This link cannot show that account.</p>");
        }
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public String submit(@PathParam("accountNumber") String accountNumber) {
        String thanks = "<p class=\"note\">Thanks for your feedback (demo: nothing is sent).</p>";
        if (session.authMethod() != AuthMethod.SCOPED) {
            return Html.page("Thank you", thanks);
        }
        // A one-time link: its one submission ends it, at Kraken and for every tab that holds it.
        session.endLink();
        return Html.page("Thank you", thanks + MeterReadingPage.LINK_USED);
    }
}
