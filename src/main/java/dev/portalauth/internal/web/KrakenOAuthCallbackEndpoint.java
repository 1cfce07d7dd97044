package dev.portalauth.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.config.SameSite;
import dev.portalauth.internal.login.KrakenOAuthLogin;
import dev.portalauth.internal.support.QueryStrings;
import dev.portalauth.internal.kraken.OAuthMessages;

/**
 * {@code GET {kraken-oauth}/callback?code&state}: the login this browser started is
 * found by its {@code state} (and its cookie cleared), the code is swapped at Kraken's token
 * endpoint, and the visitor goes to {@code next} or the first dashboard — under
 * {@code SameSite=Strict} through a same-origin page, since a redirect chain that began on Kraken's
 * site would not carry the new Strict cookies. Denied, replayed, mismatched or unknown:
 * {@code 303 {login}?error=OAUTH_FAILED}, no session; Kraken unreachable: {@code KRAKEN_UNAVAILABLE}.
 */
final class KrakenOAuthCallbackEndpoint implements BuiltInEndpoint {

    private static final Logger LOG = Logger.getLogger(KrakenOAuthCallbackEndpoint.class.getName());

    /** Longer codes are not Kraken's: refused without a call. */
    static final int MAX_CODE_LENGTH = 2048;

    private final KrakenOAuthLogin login;
    private final RouteSettings routes;
    private final CookieSettings cookies;

    KrakenOAuthCallbackEndpoint(KrakenOAuthLogin login, RouteSettings routes, CookieSettings cookies) {
        this.login = login;
        this.routes = routes;
        this.cookies = cookies;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        response.setHeader("Referrer-Policy", "no-referrer"); // the URL carries a code
        String query = request.getQueryString();
        Optional<KrakenOAuthLogin.Returned> returned = login.returned(auth,
                QueryStrings.first(query, "state").orElse(null));
        Optional<String> code = QueryStrings.first(query, "code")
                .filter(c -> !c.isBlank() && c.length() <= MAX_CODE_LENGTH);
        if (returned.isEmpty() || code.isEmpty() || QueryStrings.first(query, "error").isPresent()) {
            OAuthMessages.CALLBACK_REFUSED.log(LOG, returned.isEmpty() ? "no login in progress for its state"
                    : code.isEmpty() ? "Kraken denied or sent no code" : "Kraken answered an error");
            fail(auth, AuthErrorCode.OAUTH_FAILED);
            return;
        }
        try {
            login.complete(auth, returned.get(), code.get());
        } catch (KrakenException e) {
            fail(auth, e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE));
            return;
        }
        String target = returned.get().next().orElse(routes.dashboardPathnames().first());
        if (cookies.sameSite() == SameSite.STRICT) {
            sameOriginPage(response, request.getContextPath() + target);
        } else {
            Redirects.seeOther(request, response, target);
        }
    }

    private void fail(RequestAuth auth, AuthErrorCode code) {
        Redirects.seeOther(auth.request(), auth.response(), Redirects.withError(routes.loginPathname(), code));
    }

    /** A page that moves on by itself (no script, so no Content-Security-Policy blocks it) and by a link. */
    private static void sameOriginPage(HttpServletResponse response, String target) throws IOException {
        String href = escape(target);
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Logged in</title></head>"
                + "<body><p><a href=\"" + href + "\">Continue</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
