package dev.portalauth.internal.guard;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.support.AcceptPreference;
import dev.portalauth.internal.web.LoginTargets;

/** The answer to a refused request, whichever of the filter or the interceptor refused it. */
final class GuardAnswers {

    private GuardAnswers() {
    }

    static Response refuse(GuardVerdict verdict, HttpServletRequest request, AuthSettings settings) {
        if (verdict == GuardVerdict.UNAUTHENTICATED && !AcceptPreference.prefersJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return Response.status(Response.Status.SEE_OTHER)
                    // A String, not a URI: JAX-RS would make a relative URI absolute, and the module's
                    // redirects stay relative whatever host the request came through.
                    .header(HttpHeaders.LOCATION, request.getContextPath() + loginTarget(request, settings))
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

    private static String loginTarget(HttpServletRequest request, AuthSettings settings) {
        RequestAuth auth = RequestAuth.of(request);
        // Without the chain's view of the request there is no safe path to come back to: plain login.
        return auth == null || auth.path() == null ? settings.loginPathname() : LoginTargets.comeBackTo(settings, auth);
    }

    private static String error(AuthErrorCode code) {
        return Json.createObjectBuilder().add("error", code.name()).build().toString();
    }
}
