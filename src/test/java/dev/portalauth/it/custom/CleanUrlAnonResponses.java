package dev.portalauth.it.custom;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.spi.AnonResponse;
import dev.portalauth.spi.AnonResponses;
import dev.portalauth.spi.RouteRequest;

/**
 * A portal's own answers: after an exchange on {@code /anon/{key}/…}, a redirect to the same page
 * under {@code /clean} without the key; a missing key shows a help page in place; other errors go
 * to the portal's error page.
 */
@ApplicationScoped
public class CleanUrlAnonResponses implements AnonResponses {

    @Override
    public Optional<AnonResponse> onSuccess(RouteRequest request) {
        if (!request.pathname().equals("/anon")) {
            return Optional.empty();
        }
        String rest = request.remainder();
        int slash = rest.indexOf('/');
        return Optional.of(AnonResponse.redirect("/clean" + (slash < 0 ? "" : rest.substring(slash))));
    }

    @Override
    public Optional<AnonResponse> onError(RouteRequest request, AuthErrorCode error) {
        if (error == AuthErrorCode.PRE_SIGNED_KEY_MISSING) {
            return Optional.of(AnonResponse.rewrite("/help/missing-link"));
        }
        return Optional.of(AnonResponse.redirect("/error?code=" + error.name()));
    }
}
