package dev.portalauth.internal.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.RedirectTargets;
import dev.portalauth.internal.login.KrakenOAuthLogin;
import dev.portalauth.internal.support.QueryStrings;

/**
 * {@code GET /api/auth/kraken-oauth[?next=…]}: {@code 303} to Kraken's authorise page
 * with a PKCE challenge, this login's cookie set ({@link KrakenOAuthLogin} builds the callback's
 * URL from {@code kraken.auth.public-origin}, never from the request).
 */
final class KrakenOAuthStartEndpoint implements BuiltInEndpoint {

    private final KrakenOAuthLogin login;

    KrakenOAuthStartEndpoint(KrakenOAuthLogin login) {
        this.login = login;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        String next = QueryStrings.first(request.getQueryString(), "next")
                .filter(n -> Redirects.fitsNext(n, KrakenOAuthLogin.MAX_ENCODED_NEXT))
                .flatMap(RedirectTargets::safeRelative)
                .orElse(null);
        String authorize = login.start(auth, next);
        // Kraken's page, not one of ours: the one redirect that leaves the application.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", authorize);
    }
}
