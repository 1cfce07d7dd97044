package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.MatchedRoute;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.login.MasqueradeLogin;
import dev.portalauth.spi.MasqueradeParams;
import dev.portalauth.spi.MasqueradeParamsExtractor;

/**
 * {@code GET {masquerade}/{userId}/{masqueradeToken}}: {@code 303} to the dashboard as that user, or
 * the cookie cleared and {@code 303 {login}?error=MASQUERADE_FAILED} ({@code KRAKEN_UNAVAILABLE}
 * when Kraken could not be asked; {@code RATE_LIMITED}, with the cookies kept, over the client's limit).
 */
final class MasqueradeEndpoint implements BuiltInEndpoint {

    private final MasqueradeLogin masquerade;
    private final MasqueradeParamsExtractor extractor;
    private final RouteSettings routes;

    MasqueradeEndpoint(MasqueradeLogin masquerade, MasqueradeParamsExtractor extractor, RouteSettings routes) {
        this.masquerade = masquerade;
        this.extractor = extractor;
        this.routes = routes;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        // The URL carries a secret: it must not travel on as a referrer.
        auth.response().setHeader("Referrer-Policy", "no-referrer");
        if (!"GET".equals(auth.request().getMethod())) {
            auth.response().setHeader("Allow", "GET");
            auth.response().sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<MasqueradeParams> params = extractor.extract(
                new MatchedRoute(auth.request(), auth.path(), routes.masqueradePathname()));
        AuthErrorCode failure = AuthErrorCode.MASQUERADE_FAILED;
        if (params.isPresent()) {
            try {
                masquerade.start(auth, params.get());
                Redirects.seeOther(auth.request(), auth.response(), routes.dashboardPathnames().first());
                return;
            } catch (KrakenException e) {
                failure = e.authError().orElse(AuthErrorCode.MASQUERADE_FAILED);
            }
        }
        if (failure != AuthErrorCode.RATE_LIMITED) { // a rate-limited request never clears a cookie
            masquerade.clear(auth);
        }
        Redirects.seeOther(auth.request(), auth.response(), Redirects.withError(routes.loginPathname(), failure));
    }
}
