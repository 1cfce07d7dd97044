package dev.portalauth.internal.chain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.GuestToken;
import dev.portalauth.internal.token.KrakenToken;

/**
 * Everything the module learnt about one request, kept as a request attribute: the mechanism fills
 * it once, the filter and the {@code Session} bean read it. A plain object, so a request whose
 * application never asks for the session pays no CDI work for it.
 */
public final class RequestAuth {

    private static final String ATTRIBUTE = RequestAuth.class.getName();
    /** Stands for a cookie name the request carries more than once; never handed out. */
    private static final Cookie TWICE = new Cookie("twice", "");

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String path;
    private final String clientAddress;
    private Cookie[] cookies;

    private Admission admission = Admission.ADMITTED;
    private AuthMethod method = AuthMethod.NONE;
    private KrakenToken token;
    private Map<String, Object> payloadClaims = Map.of();
    private Instant payloadExpiresAt;
    private LostSession lostSession;
    private AnonVisit anon;
    private Instant sessionExpiresAt;
    private GuestToken guest;
    private boolean unverified;
    private LogoutOutcome loggedOut;
    /** The key this request's scoped session was made from (exchanged here, or named by its binding); a secret. */
    private String preSignedKey;

    RequestAuth(HttpServletRequest request, HttpServletResponse response, String path, String clientAddress) {
        this.request = request;
        this.response = response;
        this.path = path;
        this.clientAddress = clientAddress;
    }

    /** The request's state, or {@code null} when the chain has not run for it. */
    public static RequestAuth of(HttpServletRequest request) {
        return (RequestAuth) request.getAttribute(ATTRIBUTE);
    }

    /** The request's state; the module's mechanism must have seen the request. */
    public static RequestAuth required(HttpServletRequest request) {
        RequestAuth auth = of(request);
        if (auth == null) {
            throw new IllegalStateException(SessionMessages.NOT_SEEN_BY_THE_MECHANISM.format());
        }
        return auth;
    }

    void attach() {
        request.setAttribute(ATTRIBUTE, this);
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    /**
     * The client's address (the peer, or the client a trusted proxy names): what Kraken
     * hears as {@code x-kraken-client-ip} and what rate limits count by. Never logged.
     */
    public String clientAddress() {
        return clientAddress;
    }

    /** What the chain did for this request: everything, nothing but the path, or nothing because it is refused. */
    public Admission admission() {
        return admission;
    }

    void admission(Admission admission) {
        this.admission = admission;
    }

    /** The normalised path inside the application, or {@code null} when the request's path is malformed. */
    public String path() {
        return path;
    }

    /**
     * The value of the cookie with that name, or {@code null} when there is none or it is
     * {@linkplain #cookieRefused refused}.
     */
    public String cookie(String name) {
        Cookie only = only(name);
        return only == null || only == TWICE || !CookieWriter.fits(name, only.getValue()) ? null : only.getValue();
    }

    /**
     * True when the request carries that cookie name twice (a copy planted by a sibling domain or
     * another path cannot be told from ours) or with a value no browser would keep: the
     * cookie is then no credential nor guest token.
     */
    public boolean cookieRefused(String name) {
        Cookie only = only(name);
        return only == TWICE || only != null && !CookieWriter.fits(name, only.getValue());
    }

    /** The one cookie with that name, {@link #TWICE} when there are more, or {@code null}. */
    private Cookie only(String name) {
        Cookie found = null;
        for (Cookie c : cookies()) {
            if (c.getName().equals(name)) {
                if (found != null) {
                    return TWICE;
                }
                found = c;
            }
        }
        return found;
    }

    private Cookie[] cookies() {
        if (cookies == null) {
            cookies = request.getCookies();
            if (cookies == null) {
                cookies = new Cookie[0];
            }
        }
        return cookies;
    }

    public AuthMethod method() {
        return method;
    }

    public KrakenToken token() {
        return token;
    }

    /** The account number of a scoped session (from the configured claim), or {@code null}. */
    public String accountNumber(String claim) {
        return method == AuthMethod.SCOPED ? token.stringClaim(claim).orElse(null) : null;
    }

    void authenticate(AuthMethod method, KrakenToken token) {
        this.method = method;
        this.token = token;
        this.unverified = false;
    }

    /** When the session created on this request ends (its refresh token's expiry), or {@code null}. */
    public Instant sessionExpiresAt() {
        return sessionExpiresAt;
    }

    void sessionExpiresAt(Instant instant) {
        this.sessionExpiresAt = instant;
    }

    /** The visitor's verified guest token, or {@code null} (guest sessions off, or none on this path). */
    public GuestToken guest() {
        return guest;
    }

    void guest(GuestToken guest) {
        this.guest = guest;
    }

    void forget() {
        this.method = AuthMethod.NONE;
        this.token = null;
        this.preSignedKey = null;
        this.unverified = false;
    }

    /** True when the session rests on decoded claims alone ({@code kraken.auth.trust-unverified-tokens}). */
    public boolean unverified() {
        return unverified;
    }

    void unverified(boolean unverified) {
        this.unverified = unverified;
    }

    public Map<String, Object> payloadClaims() {
        return payloadClaims;
    }

    /** When the session payload in force ends, or {@code null} when there is none. */
    public Instant payloadExpiresAt() {
        return payloadExpiresAt;
    }

    void payload(Map<String, Object> claims, Instant expiresAt) {
        this.payloadClaims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        this.payloadExpiresAt = expiresAt;
    }

    /** Why this request's logged-in session could not be used (a refused refresh, Kraken unreachable), or {@code null}. */
    public LostSession lostSession() {
        return lostSession;
    }

    void lostSession(LostSession lost) {
        this.lostSession = lost;
    }

    /** What the anon gate decided for this request, or {@code null} off anon pathnames. */
    public AnonVisit anon() {
        return anon;
    }

    void anon(AnonVisit visit) {
        this.anon = visit;
    }

    /** The key this request's scoped session came from, when this request carried it; never logged. */
    String preSignedKey() {
        return preSignedKey;
    }

    void preSignedKey(String key) {
        this.preSignedKey = key;
    }

    /** What the logout on this request achieved at Kraken, or {@code null} when there was none. */
    public LogoutOutcome loggedOut() {
        return loggedOut;
    }

    void loggedOut(LogoutOutcome outcome) {
        this.loggedOut = outcome;
    }
}
