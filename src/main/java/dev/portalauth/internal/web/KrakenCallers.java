package dev.portalauth.internal.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthMethod;
import dev.portalauth.PortalAuthentication;
import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.login.ApplicationLogin;
import dev.portalauth.internal.login.PasswordLogin;

/**
 * Runs the chain and tells the container the caller (name = token {@code sub}, group = the
 * session's method); never decides routes. The module's own mechanism is this and nothing more,
 * and a portal's own mechanism reaches it as {@link PortalAuthentication}. Through it Jakarta
 * Security reaches the module: {@code SecurityContext.authenticate} with a
 * {@code UsernamePasswordCredential} is a Kraken login ({@link ApplicationLogin}) that leaves the
 * response to the application, and {@code HttpServletRequest.logout()} is the built-in logout.
 */
@ApplicationScoped
public class KrakenCallers implements PortalAuthentication {

    private static final Map<AuthMethod, Set<String>> GROUPS = new EnumMap<>(AuthMethod.class);

    static {
        for (AuthMethod m : AuthMethod.values()) {
            GROUPS.put(m, m.group() == null ? Set.of() : Set.of(m.group()));
        }
    }

    private final AuthChain chain;
    private final ApplicationLogin applicationLogin;

    /** For the container's client proxy only. */
    protected KrakenCallers() {
        this.chain = null;
        this.applicationLogin = null;
    }

    @Inject
    public KrakenCallers(AuthChain chain, PasswordLogin passwordLogin, StateChanges stateChanges) {
        this.chain = chain;
        this.applicationLogin = new ApplicationLogin(passwordLogin, stateChanges::crossSite);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestAuth auth = chain.authenticate(request, response);
        if (auth.admission() == Admission.OUTSIDE) {
            return context.doNothing(); // not even a login: the portal's own security has this path
        }
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

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        RequestAuth auth = chain.authenticate(request, response);
        // A cross-site request the module let through without credentials may not end the visitor's
        // session either; outside kraken.auth.paths the module ends nothing.
        if (auth.admission() == Admission.ADMITTED) {
            chain.logout(auth);
        }
    }
}
