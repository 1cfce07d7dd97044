package dev.portalauth.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.Session;

/** The demo portal's front page: ready-to-click links into every flow. */
@Path("/")
public class HomeResource {

    /** Fixture values of the simulator (demo only). */
    static final String FEEDBACK_KEY = "PPlJHOc6h8Xl3Y1KIcEp0S6vYE7tvkBbgh-oa7izLpdFv4OjdizAZKuyVlqYhe46";
    static final String METER_KEY = "Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl-1pU-SUGFp3EQNwwndHZAGjOaM_uBKbZ";
    static final String EXPIRED_KEY = "vnuWM3Douch3yEa75d3jOo672PBnxg0g6I_8Fhic9ynkNg9tG5j3l1tQ2Bjc31L1";
    static final String MASQUERADE = "/masquerade/101/masq-0XH7moc_5eBQT7LS6h7HYgx6UGJoaT9oHHoIhMUQTHP1BcbTqIgb8aXutegT5RXB";

    @Inject
    Session session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        return Html.page("Demo portal", "<p class=\"note\">You are: <b>" + Html.text(session.authMethod().jsonName())
                + "</b>" + session.guest().map(g -> " · guest " + Html.text(g.id())).orElse("") + "</p>"
                + "<h2>Without logging in (pre-signed keys)</h2><ul>"
                + "<li><a href=\"/anon/" + FEEDBACK_KEY + "/A-1234ABCD/feedback\">Give feedback on account A-1234ABCD</a></li>"
                + "<li><a href=\"/anon/" + METER_KEY + "/meter-reading\">Submit a meter reading (one-time link)</a></li>"
                + "<li><a href=\"/anon/" + EXPIRED_KEY + "/meter-reading\">An expired link</a></li></ul>"
                + "<h2>As a guest</h2><ul><li><a href=\"/tariffs\">Browse tariffs</a> — what you view is remembered"
                + " in your guest token and carried into your account when you log in.</li>"
                + "<li><a href=\"/products\">Energy products on sale</a>, read from Kraken as the organisation</li></ul>"
                + "<h2>Logged in</h2><ul><li><a href=\"/login\">Log in</a> as <code>demo@example.com</code> /"
                + " <code>demo-password</code></li><li><a href=\"/dashboard\">Dashboard</a></li>"
                + "<li><a href=\"" + MASQUERADE + "\">Masquerade as user 101</a> (support staff)</li>"
                + "<li><a href=\"/api/auth/session\">Session JSON</a></li></ul>");
    }
}
