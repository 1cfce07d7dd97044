package com.example.portal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The login page ({@code kraken.auth.routes.login.pathname}): a form posting to the module's
 * built-in login, which answers {@code 303} to {@code next} (or {@code /}) with the session's
 * cookies, or back here with {@code ?error=CODE}.
 */
@Path("/login")
public class LoginPage {

    /** The codes the module sends here, in words. */
    static final Map<String, String> MESSAGES = Map.of(
            "LOGIN_FAILED", "That email and password did not match an account.",
            "KRAKEN_UNAVAILABLE", "We could not reach our systems. Please try again in a moment.",
            "RATE_LIMITED", "Too many attempts. Please wait a little.",
            "SESSION_EXPIRED", "Your session has ended. Please log in again.",
            "PRE_SIGNED_KEY_MISSING", "That link is incomplete.",
            "PRE_SIGNED_KEY_INVALID", "That link has expired or is not valid any more.",
            "CROSS_SITE", "Please log in from this site's own page.");

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@QueryParam("error") String error, @QueryParam("next") String next) {
        String message = error == null ? ""
                : "<p class=\"error\">" + Html.text(MESSAGES.getOrDefault(error, "Please log in.")) + "</p>";
        // The module checks next itself (only a path of this portal), so it is passed on as given.
        String hidden = next == null ? "" : "<input type=\"hidden\" name=\"next\" value=\"" + Html.text(next) + "\">";
        return Html.page("Log in", message + "<form method=\"post\" action=\"/api/auth/login\">"
                + "<label>Email <input name=\"email\" type=\"email\" autocomplete=\"username\" required></label>"
                + "<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\""
                + " required></label>" + hidden + "<button>Log in</button></form>");
    }
}
