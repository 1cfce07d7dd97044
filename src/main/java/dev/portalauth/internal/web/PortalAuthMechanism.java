package dev.portalauth.internal.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.chain.ApplicationLogin;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.PasswordLogin;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.proxy.ClientAddresses;

/**
 * The one authentication mechanism: runs the chain and tells the container the caller
 * (name = token {@code sub}, group = the session's method). It never decides routes. Through it
 * Jakarta Security reaches the module (SPEC 12): {@code SecurityContext.authenticate} with a
 * {@code UsernamePasswordCredential} is a Kraken login ({@link ApplicationLogin}) that leaves the
 * response to the application, and {@code HttpServletRequest.logout()} is the built-in logout.
 */
@ApplicationScoped
public class PortalAuthMechanism implements HttpAuthenticationMechanism {

    private static final Map<AuthMethod, Set<String>> GROUPS = new EnumMap<>(AuthMethod.class);

    static {
        for (AuthMethod m : AuthMethod.values()) {
            GROUPS.put(m, m.group() == null ? Set.of() : Set.of(m.group()));
        }
    }

    @Inject
    AuthChain chain;
    @Inject
    PasswordLogin passwordLogin;
    @Inject
    AuthSettings settings;
    @Inject
    ClientAddresses clientAddresses;

    private ApplicationLogin applicationLogin;

    @PostConstruct
    void init() {
        StateChanges stateChanges = new StateChanges(new PortalOrigin(settings, clientAddresses),
                settings.crossSiteTrustedOrigins(), JsonProvider.provider());
        applicationLogin = new ApplicationLogin(passwordLogin, stateChanges::crossSite);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestAuth auth = chain.authenticate(request, response);
        Credential credential = credentialToLogInWith(context);
        if (credential != null && !applicationLogin.attempt(auth, credential)) {
            // Not context.responseUnauthorized(): that would write the container's 401 page, and the
            // application answers a failed login itself (the reason is in Session.loginFailure()).
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (auth.method() == AuthMethod.NONE) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(auth.token(), GROUPS.get(auth.method()));
    }

    /**
     * The credential an application passed to {@code SecurityContext.authenticate}; {@code null} on
     * every other request, and for {@code HttpServletRequest.authenticate}, which carries none.
     */
    private static Credential credentialToLogInWith(HttpMessageContext context) {
        if (!context.isAuthenticationRequest() || context.getAuthParameters() == null) {
            return null;
        }
        return context.getAuthParameters().getCredential();
    }

    /** {@code HttpServletRequest.logout()}: the built-in logout's effect, whether or not the request had a session. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestAuth auth = chain.authenticate(request, response);
        // A cross-site request the module let through without credentials may not end the visitor's session either.
        if (auth.admission() == Admission.ADMITTED) {
            chain.logout(auth);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
