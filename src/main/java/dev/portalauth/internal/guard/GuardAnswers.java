package dev.portalauth.internal.guard;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.support.AcceptPreference;
import dev.portalauth.internal.web.LoginTargets;

/** The answer to a refused request, whichever of the filter or the interceptor refused it. */
final class GuardAnswers {

    private GuardAnswers() {
    }

    static Response refuse(GuardVerdict verdict, HttpServletRequest request, RouteSettings routes,
            AnonKeySettings anonKeys) {
        if (verdict == GuardVerdict.UNAUTHENTICATED && !AcceptPreference.prefersJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return Response.status(Response.Status.SEE_OTHER)
                    // A String, not a URI: JAX-RS would make a relative URI absolute, and the module's
                    // redirects stay relative whatever host the request came through.
                    .header(HttpHeaders.LOCATION, request.getContextPath() + loginTarget(request, routes, anonKeys))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        int status = verdict == GuardVerdict.UNAUTHENTICATED ? 401 : 403;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(error(verdict.error()))
                .build();
    }

    private static String loginTarget(HttpServletRequest request, RouteSettings routes, AnonKeySettings anonKeys) {
        RequestAuth auth = RequestAuth.of(request);
        // Without the chain's view of the request there is no safe path to come back to: plain login.
        return auth == null || auth.path() == null ? routes.loginPathname()
                : LoginTargets.comeBackTo(routes, anonKeys, auth);
    }

    private static String error(AuthErrorCode code) {
        return Json.createObjectBuilder().add("error", code.name()).build().toString();
    }
}
