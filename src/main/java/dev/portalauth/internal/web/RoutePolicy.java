package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.AnonVisit;
import dev.portalauth.internal.chain.MatchedRoute;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.RedirectTargets;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.wiring.Extensions;
import dev.portalauth.spi.AnonResponse;
import dev.portalauth.spi.AnonResponses;
import dev.portalauth.spi.RouteRequest;

/**
 * May this request be here? Anon failures and custom anon answers,
 * dashboards without a full session, the login page with one. Never re-authenticates.
 */
@ApplicationScoped
public class RoutePolicy {

    private final RouteSettings routes;
    private final AnonKeySettings anonKeys;
    private final AnonResponses responses;

    @Inject
    RoutePolicy(RouteSettings routes, AnonKeySettings anonKeys, Instance<AnonResponses> customResponses) {
        this.routes = routes;
        this.anonKeys = anonKeys;
        this.responses = Extensions.one(customResponses, () -> new AnonResponses() { });
    }

    /** For the container's client proxy only. */
    protected RoutePolicy() {
        this.routes = null;
        this.anonKeys = null;
        this.responses = null;
    }

    /** Answers the request when the policy says so; returns true when it did (the chain must stop). */
    boolean enforce(RequestAuth auth) throws IOException, ServletException {
        String path = auth.path();
        HttpServletRequest request = auth.request();
        HttpServletResponse response = auth.response();
        AnonVisit anon = auth.anon();
        if (anon != null) {
            RouteRequest route = new MatchedRoute(request, path, anon.pathname());
            if (anon.error() != null) {
                AuthErrorCode code = anon.error();
                answer(auth, usable(responses.onError(route, code))
                        .orElse(AnonResponse.redirect(Redirects.withError(routes.loginPathname(), code))));
                return true;
            }
            Optional<AnonResponse> custom = anon.exchanged() ? usable(responses.onSuccess(route)) : Optional.empty();
            if (custom.isPresent()) {
                answer(auth, custom.get());
                return true;
            }
            return false;
        }
        boolean loginPage = path.equals(routes.loginPathname());
        if (!auth.method().isFull() && !loginPage && routes.dashboardPathnames().match(path) != null) {
            Redirects.seeOther(request, response, LoginTargets.comeBackTo(routes, anonKeys, auth));
            return true;
        }
        if (auth.method().isFull() && loginPage) {
            Redirects.seeOther(request, response, routes.dashboardPathnames().first());
            return true;
        }
        return false;
    }

    /** A custom answer is used only when its path stays inside the application. */
    private static Optional<AnonResponse> usable(Optional<AnonResponse> custom) {
        return custom.filter(r -> RedirectTargets.safeRelative(r.path()).isPresent());
    }

    private static void answer(RequestAuth auth, AnonResponse answer) throws IOException, ServletException {
        if (answer.kind() == AnonResponse.Kind.REWRITE) {
            auth.request().getRequestDispatcher(answer.path()).forward(auth.request(), NoStoreKeeper.around(auth.response()));
        } else {
            Redirects.seeOther(auth.request(), auth.response(), answer.path());
        }
    }
}
