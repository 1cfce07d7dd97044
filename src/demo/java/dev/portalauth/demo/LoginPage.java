package dev.portalauth.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The login page: posts to the module's built-in login endpoint, and offers Kraken OAuth login
 * beside it when the portal is configured for it ({@code kraken.oauth-client-id}).
 */
@Path("/login")
public class LoginPage {

    private static final Map<String, String> MESSAGES = Map.of(
            "LOGIN_FAILED", "That email and password did not match an account.",
            "PRE_SIGNED_KEY_MISSING", "That link is incomplete.",
            "PRE_SIGNED_KEY_INVALID", "That link has expired or is not valid any more.",
            "KRAKEN_UNAVAILABLE", "We could not reach our systems. Please try again in a moment.",
            "SESSION_EXPIRED", "Your session has ended. Please log in again.",
            "MASQUERADE_FAILED", "That masquerade link did not work.",
            "RATE_LIMITED", "Too many attempts. Please wait a little.",
            "OAUTH_FAILED", "Logging in with Kraken did not work. Please try again.");

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@QueryParam("error") String error, @QueryParam("next") String next) {
        String message = error == null ? "" : "<p class=\"error\">"
                + Html.text(MESSAGES.getOrDefault(error, "Please log in.")) + "</p>";
        String hidden = next == null ? "" : "<input type=\"hidden\" name=\"next\" value=\"" + Html.text(next) + "\">";
        return Html.page("Log in", message + "<form method=\"post\" action=\"/api/auth/login\">"
                + "<label>Email <input name=\"email\" type=\"email\" autocomplete=\"username\" required></label>"
                + "<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
                + "</label>" + hidden + "<button>Log in</button></form>" + krakenOAuth(next));
    }

    /** The module's OAuth start, carrying {@code next} along; nothing when OAuth is not configured. */
    private static String krakenOAuth(String next) {
        if (ConfigProvider.getConfig().getOptionalValue("kraken.oauth-client-id", String.class).isEmpty()) {
            return "";
        }
        String query = next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        return "<p>or</p><p><a class=\"kraken-oauth\" href=\"/api/auth/kraken-oauth" + Html.text(query)
                + "\">Log in with Kraken</a></p>";
    }
}
