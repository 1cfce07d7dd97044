package dev.portalauth.demo;

import static dev.portalauth.AuthMethod.ACCESS_TOKEN;
import static dev.portalauth.AuthMethod.MASQUERADE;
import static dev.portalauth.AuthMethod.MOBILE_WEB_VIEW;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/** The dashboard (the module lets only full sessions in): the user's accounts, read from Kraken as the user. */
@Path("/dashboard")
public class DashboardResource {

    /**
     * The id of {@code graphql/viewer-accounts.graphql}, one of the demo's allowed documents: the
     * SHA-256 hex of its normalised form (DemoAndModuleDocumentsSpec checks it).
     */
    public static final String VIEWER_ACCOUNTS_ID = "6b13bdd9b577c19fdc25507ae0be97b7bb43da49abb6def0bcdfcfd5b29d8ed0";

    /**
     * The live balances, read by the page's own script through the module's GraphQL route with
     * its browser module: no build step, no token in the page.
     */
    private static final String LIVE_BALANCES = "<h2>Live balances</h2><p id=\"live-status\">Loading…</p>"
            + "<ul id=\"live-accounts\"></ul><script type=\"module\">\n"
            + "import { graphql } from \"/api/auth/client.js\";\n"
            + "const status = document.getElementById(\"live-status\");\n"
            + "const pounds = (pence) => (pence < 0 ? \"-\" : \"\") + \"£\" + (Math.abs(pence) / 100).toFixed(2);\n"
            + "try {\n"
            + "  const { data } = await graphql(\"" + VIEWER_ACCOUNTS_ID + "\");\n"
            + "  for (const account of data.viewer.accounts) {\n"
            + "    const item = document.createElement(\"li\");\n"
            + "    item.textContent = account.number + \": \" + pounds(account.balance);\n"
            + "    document.getElementById(\"live-accounts\").append(item);\n"
            + "  }\n"
            + "  status.textContent = \"Read from Kraken through the portal just now.\";\n"
            + "} catch (e) {\n"
            + "  status.textContent = \"Live balances are not available (\" + (e.code || e.message) + \").\";\n"
            + "}\n"
            + "</script>";

    @Inject
    Session session;
    @Inject
    KrakenClient kraken;
    @Inject
    MeterReadingPage meterReading;

    /**
     * The meter-reading page from the dashboard: the user chooses among their accounts. The guard
     * repeats the dashboard route's rule at the page (full sessions only), so the page stays safe
     * if the route configuration changes.
     */
    @GET
    @Path("meter-reading")
    @RequiresSession({MASQUERADE, MOBILE_WEB_VIEW, ACCESS_TOKEN})
    @Produces(MediaType.TEXT_HTML)
    public String meterReading(@QueryParam("account") String account) {
        return meterReading.form(account);
    }

    @POST
    @Path("meter-reading")
    @RequiresSession({MASQUERADE, MOBILE_WEB_VIEW, ACCESS_TOKEN})
    @Produces(MediaType.TEXT_HTML)
    public String submitMeterReading() {
        return meterReading.thanks();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String dashboard() {
        StringBuilder body = new StringBuilder("<p class=\"note\">Signed in by <b>")
                .append(Html.text(session.authMethod().jsonName())).append("</b></p>");
        try {
            DemoQueries.Viewer viewer = kraken.request(DemoQueries.VIEWER, Map.of(), DemoQueries.ViewerData.class).viewer;
            body.append("<p>Hello ").append(Html.text(viewer.givenName)).append(" (").append(Html.text(viewer.email))
                    .append(")</p><table><tr><th>Account</th><th>Status</th><th>Balance</th><th></th></tr>");
            for (DemoQueries.AccountSummary account : viewer.accounts) {
                body.append("<tr><td>").append(Html.text(account.number)).append("</td><td>")
                        .append(Html.text(account.status)).append("</td><td>").append(Html.money(account.balance))
                        .append("</td><td><a href=\"/dashboard/meter-reading?account=").append(Html.text(account.number))
                        .append("\">Submit a reading</a></td></tr>");
            }
            body.append("</table>");
        } catch (KrakenException e) {
            body.append("<p class=\"error\">Your accounts cannot be shown right now.</p>");
        }
        if (session.claims().get("recentlyViewed") instanceof List<?> viewed && !viewed.isEmpty()) {
            body.append("<h2>Recently viewed before you logged in</h2><ul>");
            viewed.forEach(v -> body.append("<li>").append(Html.text(v)).append("</li>"));
            body.append("</ul>");
        }
        body.append(LIVE_BALANCES);
        body.append("<form method=\"post\" action=\"/api/auth/logout\"><button>Log out</button></form>");
        // Ends every Kraken token of the customer: other devices are logged out at their next refresh.
        body.append("<form method=\"post\" action=\"/api/auth/logout\"><input type=\"hidden\" name=\"everywhere\""
                + " value=\"true\"><button>Log out of all devices</button></form>");
        return Html.page("Dashboard", body.toString());
    }
}
