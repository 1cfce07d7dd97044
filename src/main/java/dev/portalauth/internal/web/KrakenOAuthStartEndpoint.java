package dev.portalauth.internal.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.config.Origin;
import dev.portalauth.internal.config.RedirectTargets;
import dev.portalauth.internal.login.KrakenOAuthLogin;
import dev.portalauth.internal.support.QueryStrings;

/**
 * {@code GET /api/auth/kraken-oauth[?next=…]}: {@code 303} to Kraken's authorise page
 * with a PKCE challenge, this login's cookie set. The callback's URL is built from
 * {@code kraken.auth.public-origin} (required with Kraken OAuth) and the context root, never from a
 * request's {@code Host} or forwarded headers, which whoever sends the request chooses.
 */
final class KrakenOAuthStartEndpoint implements BuiltInEndpoint {

    private final KrakenOAuthLogin login;
    private final Origin publicOrigin;
    private final EndpointSettings endpoints;

    KrakenOAuthStartEndpoint(KrakenOAuthLogin login, ProxySettings proxy, EndpointSettings endpoints) {
        this.login = login;
        this.publicOrigin = proxy.publicOrigin().orElseThrow(() -> new IllegalStateException(
                "Kraken OAuth without kraken.auth.public-origin: the settings let it through"));
        this.endpoints = endpoints;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        String redirectUri = publicOrigin.serialized() + request.getContextPath() + endpoints.krakenOAuthEndpoint()
                + "/callback";
        String next = QueryStrings.first(request.getQueryString(), "next")
                .filter(Redirects::fitsNext)
                .flatMap(RedirectTargets::safeRelative)
                .orElse(null);
        String authorize = login.start(auth, redirectUri, next);
        // Kraken's page, not one of ours: the one redirect that leaves the application.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", authorize);
    }
}
