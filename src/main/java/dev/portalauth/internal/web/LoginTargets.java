package dev.portalauth.internal.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.support.QueryStrings;

/**
 * Where a visitor without the session a page needs is sent: {@code {login}?next={path}}, plus
 * {@code &error=CODE} when this request lost its session. One builder for every rule that sends
 * visitors to log in (the dashboard rule, the JAX-RS guards), so they all come back the same way.
 */
public final class LoginTargets {

    private LoginTargets() {
    }

    /** The login path with {@code next} (and {@code error}), inside the application (no context path). */
    public static String comeBackTo(AuthSettings settings, RequestAuth auth) {
        String login = Redirects.withNext(settings.loginPathname(), next(settings, auth.request(), auth.path()));
        return auth.sessionError() == null ? login : login + "&error=" + auth.sessionError().name();
    }

    /** Where to come back after login: the path, and its query unless it carries a key. */
    private static String next(AuthSettings settings, HttpServletRequest request, String path) {
        String query = request.getQueryString();
        boolean keyInQuery = QueryStrings.first(query, settings.keyQueryParam()).isPresent();
        return query == null || keyInQuery ? path : path + "?" + query;
    }
}
