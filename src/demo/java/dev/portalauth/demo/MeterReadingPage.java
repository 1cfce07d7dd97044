package dev.portalauth.demo;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.Session;

/**
 * One meter-reading page, reached from an anon link or from the dashboard, that branches on how
 * the visitor is signed in: a scoped session reads the one account its token names; a full
 * session chooses among the user's accounts.
 */
@RequestScoped
public class MeterReadingPage {

    @Inject
    Session session;
    @Inject
    KrakenClient kraken;

    public String form(String requested) {
        try {
            String chooser = "";
            String account;
            String intro = "";
            if (session.authMethod() == AuthMethod.SCOPED) {
                account = session.accountNumber().orElseThrow();
                intro = "<p class=\"note\">This is a one-time link for account " + Html.text(account)
                        + ": you can submit one reading without logging in.</p>";
            } else {
                DemoQueries.Viewer viewer = kraken.request(DemoQueries.VIEWER, Map.of(), DemoQueries.ViewerData.class).viewer;
                account = viewer.accounts.stream().map(a -> a.number).filter(n -> n.equals(requested))
                        .findFirst().orElse(viewer.accounts.get(0).number);
                chooser = chooser(viewer, account);
            }
            // The account chooser is a form of its own beside the reading's: HTML has no nested
            // forms, and one inside would make choosing an account send the reading form.
            return Html.page("Submit a meter reading", chooser + "<form method=\"post\">" + intro
                    + AccountView.meters(AccountView.load(kraken, account))
                    + "<label>Reading <input name=\"reading\" inputmode=\"numeric\" required></label>"
                    + "<button>Submit reading</button></form>");
        } catch (KrakenException e) {
            return Html.page("Submit a meter reading", "<p class=\"error\">Your account cannot be shown right now.</p>");
        }
    }

    private static String chooser(DemoQueries.Viewer viewer, String account) {
        StringBuilder choose = new StringBuilder("<form method=\"get\"><label>Account <select name=\"account\""
                + " onchange=\"this.form.submit()\">");
        viewer.accounts.forEach(a -> choose.append("<option").append(a.number.equals(account) ? " selected" : "")
                .append(">").append(Html.text(a.number)).append("</option>"));
        return choose.append("</select></label></form>").toString();
    }

    public String thanks() {
        return thanks("");
    }

    /** After a submission from a one-time link, which has just been ended. */
    public String thanksLinkUsed() {
        return thanks(LINK_USED);
    }

    /** Said once a link's one submission has ended it. */
    static final String LINK_USED = "<p class=\"note\">This link has now been used.</p>";

    private static String thanks(String more) {
        return Html.page("Thank you", "<p class=\"note\">Your reading has been recorded (demo: nothing is sent).</p>"
                + more);
    }
}
