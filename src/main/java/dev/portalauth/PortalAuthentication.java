package dev.portalauth;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the module's authentication mechanism does, for a portal whose own
 * {@code HttpAuthenticationMechanism} is the application's one ({@code kraken.auth.mechanism.enabled=false},
 * e.g. staff single sign-on beside Kraken customers). Inject it and call it from the portal's
 * mechanism for the requests the portal leaves to Kraken; docs/GUIDE.md, "Living beside a
 * portal's own security", has a worked example. Both methods are no-ops on a path outside
 * {@code kraken.auth.paths}.
 */
public interface PortalAuthentication {

    /**
     * Runs the module's chain for the request (or reuses what it found) and tells the container
     * the Kraken caller: name = the token's {@code sub}, group = the session's method
     * ({@code user}, {@code scoped}, {@code masquerade}, {@code mobile-web-view}); a
     * {@code SecurityContext.authenticate} with a {@code UsernamePasswordCredential} is a Kraken
     * login. Without a Kraken session it does nothing.
     *
     * @param request  the request the portal's mechanism was given
     * @param response its response (the module may set or clear its cookies on it)
     * @param context  the portal mechanism's message context, through which the container is told
     * @return the status for the portal's mechanism to return: {@code SUCCESS} with a Kraken
     *         caller, {@code NOT_DONE} without one, {@code SEND_FAILURE} for a failed login
     */
    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context);

    /**
     * {@code HttpServletRequest.logout()}: ends the visitor's Kraken session (its cookies cleared)
     * as the built-in logout does. Call it from the portal mechanism's {@code cleanSubject}; it
     * does not clear the container's subject.
     *
     * @param request  the request being logged out
     * @param response its response, on which the session's cookies are cleared
     */
    void logout(HttpServletRequest request, HttpServletResponse response);
}
