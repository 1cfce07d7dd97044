package dev.portalauth.chain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthMethod;

/**
 * The one authentication mechanism: runs the chain and tells the container the caller
 * (name = token {@code sub}, group = the session's method). It never decides routes.
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestAuth auth = chain.authenticate(request, response);
        if (auth.method() == AuthMethod.NONE) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(auth.token(), GROUPS.get(auth.method()));
    }
}
