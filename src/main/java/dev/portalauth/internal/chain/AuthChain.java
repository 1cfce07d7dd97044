package dev.portalauth.internal.chain;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.RequestPath;
import dev.portalauth.internal.config.StricterPath;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.KrakenEndings;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.StateStores;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.SessionPayloadCodec;
import dev.portalauth.spi.AnonParamsExtractor;

/**
 * Who is this request? Runs once per request: credentials by priority, the session payload, anon
 * pathnames, then the guest token. Everything it learns goes into the request's {@link RequestAuth}.
 */
@ApplicationScoped
public class AuthChain {

    @Inject
    AuthSettings settings;
    @Inject
    Clock clock;
    @Inject
    CredentialVerifier verifier;
    @Inject
    KrakenAuthentication kraken;
    @Inject
    KrakenOAuth oauth;
    @Inject
    CookieWriter cookies;
    @Inject
    Instance<AnonParamsExtractor> customExtractor;
    @Inject
    GuestTokenIssuer guestIssuer;
    @Inject
    SessionPayloadCodec payloadCodec;
    @Inject
    ClientAddresses clientAddresses;
    @Inject
    RateLimits limits;
    @Inject
    RequestAdmission admission;
    @Inject
    KrakenEndings endings;
    @Inject
    StateStores stores;

    private CookieNames names;
    private SessionCookies sessionCookies;
    private TokenRefresher refresher;
    private CredentialChain credentials;
    private AnonGate anon;
    private GuestGate guests;
    private SessionPayloads payloads;
    private Logout logout;
    private StricterPath stricterPath;
    private LinkEnding linkEnding;

    @PostConstruct
    void init() {
        stricterPath = StricterPath.of(settings);
        int remembered = settings.tokenCacheMaxEntries();
        names = new CookieNames(settings);
        sessionCookies = new SessionCookies(cookies, names, verifier.bindings(), clock);
        refresher = new TokenRefresher(kraken, oauth, verifier, sessionCookies, limits,
                stores.memory(Memories.REFRESH_HAND_OVERS), stores.memory(Memories.REFRESH_PREDECESSORS), remembered, clock);
        credentials = CredentialChain.standard(verifier, names, cookies,
                new KrakenConfirmations(kraken, limits, stores.memory(Memories.CONFIRMATIONS), remembered, clock),
                new AccessTokenReader(verifier, refresher, cookies, names, settings.refreshMargin(), clock,
                        settings.logoutEndpoint()));
        AnonParamsExtractor extractor = Extensions.one(customExtractor,
                () -> new DefaultAnonParamsExtractor(settings.keyQueryParam()));
        RefusedKeys keys = new RefusedKeys(stores.memory(Memories.REFUSED_KEYS), stores.memory(Memories.ENDED_KEYS),
                settings.refusedKeyMemory(), settings.endedKeyMemory(), clock);
        anon = new AnonGate(settings, extractor,
                new KeyExchanger(kraken, verifier.tokens(), sessionCookies, keys, limits, remembered, clock),
                sessionCookies, verifier, keys, cookies, names);
        linkEnding = new LinkEnding(endings, keys, cookies, names);
        guests = new GuestGate(settings, guestIssuer, cookies, names, clock);
        payloads = new SessionPayloads(payloadCodec, cookies, names, clock);
        logout = new Logout(cookies, names, refresher, verifier, endings, clock);
    }

    GuestGate guests() {
        return guests;
    }

    SessionPayloads payloads() {
        return payloads;
    }

    SessionCookies sessionCookies() {
        return sessionCookies;
    }

    /** The names in force of the module's cookies. */
    public CookieNames cookieNames() {
        return names;
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
        if (!settings.paths().matches(auth.path())) {
            auth.admission(Admission.OUTSIDE);
            return auth;
        }
        auth.admission(admission.of(request, auth.path()));
        // The JWKS and the browser module are cacheable only because nothing that could set or
        // clear a cookie runs for them.
        if (auth.admission() == Admission.ADMITTED && !auth.path().equals(settings.jwksEndpoint())
                && !auth.path().equals(settings.graphqlProxyClientPath())) {
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
        String pathInfo = request.getPathInfo();
        return stricterPath.judge(decoded, request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }
}
