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
 *
 * <p>A request, from arrival to answer (docs/ARCHITECTURE.md draws the packages):
 * <ol>
 *   <li>The container calls {@link #validateRequest} ({@link KrakenCallers}), which runs
 *       {@link dev.portalauth.internal.chain.AuthChain#authenticate} once per request; the servlet
 *       filter {@link PortalAuthFilter} runs it too, for a container that skipped the mechanism, and
 *       gets the same {@link dev.portalauth.internal.chain.RequestAuth}, kept as a request attribute.</li>
 *   <li>The chain judges the path ({@code config.StricterPath}; malformed: no step runs) and whether
 *       it is inside {@code kraken.auth.paths} (outside: nothing is read or set), then asks
 *       {@link CrossSiteAdmission} what it may do for a cross-site request.</li>
 *   <li>Admitted, the chain's stages run in order: {@code chain.CredentialChain} (masquerade, mobile
 *       web view, access token with its refresh in {@code chain.AccessTokenReader} and
 *       {@code chain.TokenRefresher}, scoped), {@code chain.SessionPayloads}, {@code chain.AnonGate}
 *       (an anon pathname's key exchanged by {@code chain.KeyExchanger}) and {@code chain.GuestGate}.
 *       Each writes what it decided into the request's {@code RequestAuth}, and its cookies through
 *       {@code cookie.CookieWriter}; nothing else writes the request's state.</li>
 *   <li>{@link KrakenCallers} tells the container who the caller is (or runs an application's own
 *       login, {@code login.ApplicationLogin}); an application's {@code HttpServletRequest.logout()}
 *       comes back through {@link #cleanSubject} to the chain's logout.</li>
 *   <li>{@link PortalAuthFilter} answers what the module owns: a malformed path, a built-in endpoint
 *       ({@link BuiltInEndpoints}: login, masquerade and Kraken OAuth in {@code internal.login}, which
 *       hand the session they started to {@code AuthChain.start}; logout; session; JWKS; GraphQL
 *       proxy), a refused cross-site request, then {@link RoutePolicy} (an anon visit's error or
 *       custom answer, a dashboard without a session, the login page with one).</li>
 *   <li>The portal runs. Its JAX-RS resources pass the guards first ({@code guard.RequiresSessionFilter},
 *       {@code guard.AccountScopedFilter}); its code reads the request's {@code Session}
 *       ({@code session.RequestSession}, a view of the {@code RequestAuth}).</li>
 *   <li>The response leaves with the cookies the chain set and {@code no-store} on any response that
 *       set or cleared one ({@link NoStoreKeeper}).</li>
 * </ol>
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
