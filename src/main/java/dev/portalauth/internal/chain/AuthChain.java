package dev.portalauth.internal.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.GraphqlProxySettings;
import dev.portalauth.internal.config.RequestPath;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.config.StricterPath;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.proxy.ClientAddresses;

/**
 * Who is this request? Runs once per request: credentials by priority, the session payload, anon
 * pathnames, then the guest token. Everything it learns goes into the request's {@link RequestAuth}.
 */
@ApplicationScoped
public class AuthChain {

    private final RouteSettings routes;
    private final String jwksPath;
    private final String clientScriptPath;
    private final ClientAddresses clientAddresses;
    private final RequestAdmission admission;
    private final CookieWriter cookies;
    private final CookieNames names;
    private final SessionCookies sessionCookies;
    private final CredentialChain credentials;
    private final SessionPayloads payloads;
    private final AnonGate anon;
    private final GuestGate guests;
    private final Logout logout;
    private final LinkEnding linkEnding;
    private final StricterPath stricterPath;

    @Inject
    AuthChain(RouteSettings routes, EndpointSettings endpoints, GraphqlProxySettings graphqlProxy,
              ClientAddresses clientAddresses, RequestAdmission admission, CookieWriter cookies,
              CookieNames names, SessionCookies sessionCookies, CredentialChain credentials, SessionPayloads payloads,
              AnonGate anon, GuestGate guests, Logout logout, LinkEnding linkEnding) {
        this.routes = routes;
        this.jwksPath = endpoints.jwksEndpoint();
        this.clientScriptPath = graphqlProxy.graphqlProxyClientPath();
        this.clientAddresses = clientAddresses;
        this.admission = admission;
        this.cookies = cookies;
        this.names = names;
        this.sessionCookies = sessionCookies;
        this.credentials = credentials;
        this.payloads = payloads;
        this.anon = anon;
        this.guests = guests;
        this.logout = logout;
        this.linkEnding = linkEnding;
        this.stricterPath = StricterPath.of(routes);
    }

    /** For the container's client proxy only. */
    protected AuthChain() {
        this.routes = null;
        this.jwksPath = null;
        this.clientScriptPath = null;
        this.clientAddresses = null;
        this.admission = null;
        this.cookies = null;
        this.names = null;
        this.sessionCookies = null;
        this.credentials = null;
        this.payloads = null;
        this.anon = null;
        this.guests = null;
        this.logout = null;
        this.linkEnding = null;
        this.stricterPath = null;
    }

    /**
     * Makes the session a login started this request's session: the credentials that outrank it
     * cleared, its cookies (planned whole by the login) set, and the request authenticated with it.
     */
    public void start(RequestAuth auth, StartedSession started) {
        for (String name : started.outranking()) {
            if (auth.cookie(name) != null || auth.cookieRefused(name)) {
                cookies.clear(auth.response(), name);
            }
        }
        sessionCookies.write(auth.response(), started.cookies());
        auth.authenticate(started.method(), started.token());
        if (started.expiresAt() != null) {
            auth.sessionExpiresAt(started.expiresAt());
        }
    }

    /** Ends the request's credential of {@code kind}: its cookie and binding cleared, no session for the rest of it. */
    public void endCredential(RequestAuth auth, AuthMethod kind) {
        cookies.clear(auth.response(), names.credentialOf(kind));
        cookies.clear(auth.response(), names.bindingOf(kind));
        auth.forget();
    }

    /**
     * Logs the request's visitor out: the bound refresh token ended at Kraken where it can be, every
     * cookie of a session and the guest's cleared, no refresh result handed to the old refresh token
     * any more, and no session for the rest of the request.
     */
    public LogoutOutcome logout(RequestAuth auth) {
        return logout.end(auth, false);
    }

    /** {@link #logout}, ending every Kraken token of the user too where the session may (log out everywhere). */
    public LogoutOutcome logout(RequestAuth auth, boolean everywhere) {
        return logout.end(auth, everywhere);
    }

    /** Ends the link the request's scoped session was made from ({@link LinkEnding}). */
    public boolean endLink(RequestAuth auth) {
        return linkEnding.end(auth);
    }

    /** The request's {@link RequestAuth}, computed on the first call and reused after (the mechanism may run twice). */
    public RequestAuth authenticate(HttpServletRequest request, HttpServletResponse response) {
        RequestAuth known = RequestAuth.of(request);
        if (known != null) {
            return known;
        }
        RequestAuth auth = new RequestAuth(request, response, judgedPath(request), clientAddresses.of(request));
        auth.attach();
        if (auth.path() == null) {
            return auth;
        }
        if (!routes.paths().matches(auth.path())) {
            auth.admission(Admission.OUTSIDE);
            return auth;
        }
        auth.admission(admission.of(request, auth.path()));
        // The JWKS and the browser module are cacheable only because nothing that could set or
        // clear a cookie runs for them.
        if (auth.admission() == Admission.ADMITTED && !auth.path().equals(jwksPath)
                && !auth.path().equals(clientScriptPath)) {
            credentials.resolve(auth);
            payloads.read(auth);
            anon.apply(auth);
            guests.apply(auth);
        }
        return auth;
    }

    /**
     * The path every rule judges, or {@code null} (the filter answers 400, and no step runs) when the
     * raw URI does not begin with the mapped context path or holds what servers read differently.
     */
    private String judgedPath(HttpServletRequest request) {
        String decoded = RequestPath.inside(request.getRequestURI(), request.getContextPath());
        if (decoded == null || request.isRequestedSessionIdFromURL()
                && !RequestPath.sessionIdInLastSegment(request.getRequestedSessionId(), request.getRequestURL())) {
            return null;
        }
        return stricterPath.judge(decoded, request.getServletPath(), request.getPathInfo());
    }
}
