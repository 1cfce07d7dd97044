package dev.portalauth.internal.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.KrakenException;
import dev.portalauth.SessionCreation;
import dev.portalauth.internal.chain.IssuedTokens;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.config.Origin;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.internal.token.ModuleTokens;

/**
 * Kraken OAuth login, the way a visitor's browser walks it: {@link #start} sends it to
 * Kraken's authorise page with a PKCE challenge, {@link #returned} finds the login it started when
 * it comes back, and {@link #complete} swaps the code for an access session bound with the OAuth
 * origin. Carries {@link SessionCreation}, so guest claims follow, as for the password login.
 */
@ApplicationScoped
public class KrakenOAuthLogin {

    /**
     * The longest {@code next} a login keeps, once encoded; a longer one is dropped for the default
     * target. Shorter than the password login's: it rides in the login's cookie, and a third party
     * can make a browser start logins (see {@code CookieBudgetSpec}).
     */
    public static final int MAX_ENCODED_NEXT = 256;

    /** A login this browser started and came back from: what the callback needs, nothing it may show. */
    public static final class Returned {

        private final PendingOAuthLogins.Pending pending;

        private Returned(PendingOAuthLogins.Pending pending) {
            this.pending = pending;
        }

        /** Where to go after the login: a safe relative path, or empty for the default. */
        public Optional<String> next() {
            return Optional.ofNullable(pending.next());
        }

        @Override
        public String toString() {
            return "Returned[redacted]";
        }
    }

    private final OAuthSettings settings;
    private final KrakenOAuth kraken;
    private final KrakenTokenVerifier verifier;
    private final AccessSessions sessions;
    private final RateLimits limits;
    private final PendingOAuthLogins pending;
    private final String authorizeUrl;
    private final String publicOrigin;
    private final String callbackPath;

    @Inject
    public KrakenOAuthLogin(OAuthSettings settings, ProxySettings proxy, EndpointSettings endpoints, KrakenOAuth kraken,
                            KrakenTokenVerifier verifier, AccessSessions sessions, RateLimits limits, ModuleTokens tokens, CookieWriter cookies,
                            CookieNames names, Clock clock) {
        this.settings = settings;
        this.kraken = kraken;
        this.verifier = verifier;
        this.sessions = sessions;
        this.limits = limits;
        this.pending = new PendingOAuthLogins(tokens, cookies, names, clock);
        this.publicOrigin = proxy.publicOrigin().map(Origin::serialized).orElse(null);
        this.callbackPath = endpoints.krakenOAuthEndpoint() + "/callback";
        this.authorizeUrl = settings.oauthAuthEndpoint()
                .map(uri -> uri.toString().replaceAll("/+$", "") + "/authorize/").orElse(null);
    }

    /** For the container's client proxy only. */
    protected KrakenOAuthLogin() {
        this.settings = null;
        this.kraken = null;
        this.verifier = null;
        this.sessions = null;
        this.limits = null;
        this.pending = null;
        this.authorizeUrl = null;
        this.publicOrigin = null;
        this.callbackPath = null;
    }

    /**
     * Sets this login's cookie and returns Kraken's authorise URL for it.
     *
     * @param next a safe relative path, or {@code null}
     */
    public String start(RequestAuth auth, String next) {
        PendingOAuthLogins.Pending login = pending.begin(auth, next);
        String redirectUri = redirectUri(auth);
        StringBuilder url = new StringBuilder(authorizeUrl)
                .append("?response_type=code")
                .append("&client_id=").append(encode(settings.oauthClientId().orElseThrow()))
                .append("&redirect_uri=").append(encode(redirectUri))
                .append("&state=").append(login.state())
                .append("&code_challenge=").append(login.codeChallenge())
                .append("&code_challenge_method=S256");
        settings.oauthScope().ifPresent(scope -> url.append("&scope=").append(encode(scope)));
        return url.toString();
    }

    /** The login {@code state} names, when this browser started it (its cookie is cleared either way). */
    public Optional<Returned> returned(RequestAuth auth, String state) {
        return pending.take(auth, state).map(Returned::new);
    }

    /**
     * Swaps {@code code} at Kraken's token endpoint (one call) for an access session bound with the
     * OAuth origin; the request's session from then on.
     *
     * @throws KrakenException {@code OAUTH_FAILED}, {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE}
     */
    @SessionCreation
    public void complete(RequestAuth auth, Returned login, String code) {
        limits.take(LimitedOperation.OAUTH, auth.clientAddress());
        ObtainedToken obtained = kraken.exchangeCode(code, login.pending.codeVerifier(), redirectUri(auth),
                auth.clientAddress());
        KrakenToken token = IssuedTokens.decode(verifier, obtained.token(), "oauth");
        sessions.start(auth, token, obtained, CredentialBindings.OAUTH_ORIGIN, "oauth");
    }

    /**
     * The callback's absolute URL, the same at the start and at the token request (as Kraken wants):
     * built from {@code kraken.auth.public-origin} (required with Kraken OAuth) and the context root,
     * never from a request's {@code Host} or forwarded headers, which whoever sends the request chooses.
     */
    private String redirectUri(RequestAuth auth) {
        if (publicOrigin == null) {
            throw new IllegalStateException("Kraken OAuth without kraken.auth.public-origin: the settings let it through");
        }
        return publicOrigin + auth.request().getContextPath() + callbackPath;
    }

    private static String encode(String value) {
        // %20, not the form encoding's +, for a space in a scope list
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
