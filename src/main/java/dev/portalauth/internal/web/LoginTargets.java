package dev.portalauth.internal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.chain.LostSession;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.support.QueryStrings;

/**
 * Where a visitor without the session a page needs is sent: {@code {login}?next={path}}, plus
 * {@code &error=CODE} when this request lost its session. One builder for every rule that sends
 * visitors to log in (the dashboard rule, the JAX-RS guards), so they all come back the same way.
 * A pre-signed key never travels in {@code next}: not from the query, and not from a path under an
 * anon pathname (the key may be a path segment) — such a visitor goes to the login page without
 * {@code next}, as does one whose {@code next} would be too long.
 */
public final class LoginTargets {

    private LoginTargets() {
    }

    /** The login path with {@code next} (and {@code error}), inside the application (no context path). */
    public static String comeBackTo(RouteSettings routes, AnonKeySettings anonKeys, RequestAuth auth) {
        Optional<String> next = next(routes, anonKeys, auth.request(), auth.path());
        String login = next.map(n -> Redirects.withNext(routes.loginPathname(), n)).orElse(routes.loginPathname());
        LostSession lost = auth.lostSession();
        if (lost == null) {
            return login;
        }
        return login + (next.isPresent() ? "&" : "?") + "error=" + lost.reason().name();
    }

    /** Where to come back after login: the path, and its query unless it carries a key; none under an anon pathname. */
    private static Optional<String> next(RouteSettings routes, AnonKeySettings anonKeys, HttpServletRequest request,
            String path) {
        if (routes.anonPathnames().match(path) != null) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        boolean keyInQuery = QueryStrings.first(query, anonKeys.keyQueryParam()).isPresent();
        String next = query == null || keyInQuery ? path : path + "?" + query;
        return Redirects.fitsNext(next) ? Optional.of(next) : Optional.empty();
    }
}
