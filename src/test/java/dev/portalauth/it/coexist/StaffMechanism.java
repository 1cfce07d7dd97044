package dev.portalauth.it.coexist;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.PortalAuthentication;

/**
 * A portal's own mechanism, the application's one ({@code kraken.auth.mechanism.enabled=false}):
 * staff under {@code /staff} log in with a header (a stand-in for staff single sign-on), every
 * other request goes to the module. The worked example of docs/GUIDE.md ("Living beside a portal's own security") is this class.
 */
@ApplicationScoped
public class StaffMechanism implements HttpAuthenticationMechanism {

    /** The one staff credential of the test. */
    public static final String STAFF_TOKEN = "staff-sso-token-for-alice";

    @Inject
    PortalAuthentication kraken;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!isStaffPath(request)) {
            return kraken.validateRequest(request, response, context);
        }
        if (STAFF_TOKEN.equals(request.getHeader("X-Staff-Token"))) {
            return context.notifyContainerAboutLogin("staff:alice", Set.of("staff"));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isStaffPath(request)) {
            kraken.logout(request, response);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The paths {@code kraken.auth.paths} leaves out ({@code !/staff/**}). */
    private static boolean isStaffPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/staff") || path.startsWith("/staff/");
    }
}
