package dev.portalauth.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism, unless {@code kraken.auth.mechanism.enabled=false}
 * keeps it out of the container so that the portal's own is: each request goes to
 * {@link KrakenCallers}. Application-scoped, but without the annotation: {@link MechanismSwitch}
 * adds it as such, or not at all.
 */
public class PortalAuthMechanism implements HttpAuthenticationMechanism {

    private KrakenCallers callers;

    /**
     * Looked up, not injected: Payara's Weld resolves the injection points of a type an extension
     * adds within the extension's own bean archive, which sees none of the module's beans.
     */
    @PostConstruct
    void init() {
        callers = CDI.current().select(KrakenCallers.class).get();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return callers.validateRequest(request, response, context);
    }

    /** {@code HttpServletRequest.logout()}: the built-in logout's effect, whether or not the request had a session. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        callers.logout(request, response);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
