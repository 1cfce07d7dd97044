package dev.portalauth.internal.chain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.KrakenException;
import dev.portalauth.SessionCreation;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.Origin;
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

    @Inject
    AuthSettings settings;
    @Inject
    KrakenOAuth kraken;
    @Inject
    KrakenTokenVerifier verifier;
    @Inject
    CookieWriter cookies;
    @Inject
    AuthChain chain;
    @Inject
    RateLimits limits;
    @Inject
    ModuleTokens tokens;
    @Inject
    Clock clock;

    private PendingOAuthLogins pending;
    private String authorizeUrl;
    private String publicOrigin;

    @PostConstruct
    void init() {
        pending = new PendingOAuthLogins(tokens, cookies, chain.cookieNames(), clock);
        publicOrigin = settings.publicOrigin().map(Origin::serialized).orElse(null);
        authorizeUrl = settings.oauthAuthEndpoint()
                .map(uri -> uri.toString().replaceAll("/+$", "") + "/authorize/").orElse(null);
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
        AccessSessions.start(chain, cookies, auth, token, obtained, CredentialBindings.OAUTH_ORIGIN, "oauth");
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
        return publicOrigin + auth.request().getContextPath() + settings.krakenOAuthEndpoint() + "/callback";
    }

    private static String encode(String value) {
        // %20, not the form encoding's +, for a space in a scope list
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
