package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.config.RedirectTargets;
import dev.portalauth.internal.login.PasswordLogin;

/**
 * {@code POST /api/auth/login}: a form gets {@code 303} to {@code next} or the dashboard (failure:
 * {@code {login}?error=CODE}); JSON gets the session or {@code 401 {"error":"LOGIN_FAILED"}}
 * ({@code 429} with {@code Retry-After} seconds when rate limited).
 * Which part of the credentials was wrong is never said.
 */
final class LoginEndpoint implements BuiltInEndpoint {

    private final PasswordLogin login;
    private final SessionJson sessionJson;
    private final RouteSettings routes;
    private final JsonProvider json;
    private final StateChanges stateChanges;

    LoginEndpoint(PasswordLogin login, SessionJson sessionJson, RouteSettings routes, JsonProvider json,
            StateChanges stateChanges) {
        this.login = login;
        this.sessionJson = sessionJson;
        this.routes = routes;
        this.json = json;
        this.stateChanges = stateChanges;
    }

    @Override
    public void handle(RequestAuth auth) throws IOException {
        if (stateChanges.refused(auth)) {
            return;
        }
        Optional<LoginRequest> request = LoginRequest.read(auth.request(), json);
        if (request.isEmpty()) {
            fail(auth, LoginRequest.wantsJson(auth.request()), AuthErrorCode.LOGIN_FAILED);
            return;
        }
        LoginRequest credentials = request.get();
        try {
            login.login(auth, credentials.email(), credentials.password());
        } catch (KrakenException e) {
            if (credentials.json() && e.authError().orElse(null) == AuthErrorCode.RATE_LIMITED) {
                auth.response().setHeader("Retry-After", Long.toString(RetryAfter.seconds(e)));
            }
            fail(auth, credentials.json(), e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE));
            return;
        }
        if (credentials.json()) {
            JsonResponses.write(auth.response(), HttpServletResponse.SC_OK, sessionJson.of(auth).build());
        } else {
            String target = Optional.ofNullable(credentials.next()).flatMap(RedirectTargets::safeRelative)
                    .orElse(routes.dashboardPathnames().first());
            Redirects.seeOther(auth.request(), auth.response(), target);
        }
    }

    private void fail(RequestAuth auth, boolean asJson, AuthErrorCode code) throws IOException {
        if (asJson) {
            int status = code == AuthErrorCode.LOGIN_FAILED ? HttpServletResponse.SC_UNAUTHORIZED
                    : code == AuthErrorCode.RATE_LIMITED ? 429 : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            JsonResponses.write(auth.response(), status, json.createObjectBuilder().add("error", code.name()).build());
        } else {
            Redirects.seeOther(auth.request(), auth.response(), Redirects.withError(routes.loginPathname(), code));
        }
    }
}
