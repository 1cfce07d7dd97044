package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.KrakenOAuthLogin;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.Origin;
import dev.portalauth.internal.config.RedirectTargets;
import dev.portalauth.internal.support.QueryStrings;

/**
 * {@code GET /api/auth/kraken-oauth[?next=…]} (SPEC 10): {@code 303} to Kraken's authorise page
 * with a PKCE challenge, this login's cookie set. The callback's URL is built from the portal's
 * origin ({@code kraken.auth.public-origin}, else as {@link PortalOrigin} decides) and context root.
 */
final class KrakenOAuthStartEndpoint implements BuiltInEndpoint {

    /** A longer {@code next} would crowd the login's cookie: the default target instead. */
    static final int MAX_NEXT_LENGTH = 1024;

    private final KrakenOAuthLogin login;
    private final PortalOrigin portalOrigin;
    private final AuthSettings settings;

    KrakenOAuthStartEndpoint(KrakenOAuthLogin login, PortalOrigin portalOrigin, AuthSettings settings) {
        this.login = login;
        this.portalOrigin = portalOrigin;
        this.settings = settings;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        if (HttpMethods.refusedUnlessGet(auth)) {
            return;
        }
        Optional<Origin> origin = portalOrigin.of(request);
        if (origin.isEmpty()) { // no Host header and none configured: nowhere for Kraken to send the browser back
            Redirects.seeOther(request, response, Redirects.withError(settings.loginPathname(), AuthErrorCode.OAUTH_FAILED));
            return;
        }
        String redirectUri = origin.get().serialized() + request.getContextPath() + settings.krakenOAuthEndpoint()
                + "/callback";
        String next = QueryStrings.first(request.getQueryString(), "next")
                .filter(n -> n.length() <= MAX_NEXT_LENGTH)
                .flatMap(RedirectTargets::safeRelative)
                .orElse(null);
        String authorize = login.start(auth, redirectUri, next);
        // Kraken's page, not one of ours: the one redirect that leaves the application.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", authorize);
    }
}
