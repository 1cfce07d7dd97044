package dev.portalauth.internal.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.KrakenException;
import dev.portalauth.SessionCreation;
import dev.portalauth.internal.chain.IssuedTokens;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;

/**
 * Logs a visitor in with email and password: the new access session is set on the response and is
 * this request's session from then on. Carries {@link SessionCreation}, so guest claims follow.
 */
@ApplicationScoped
public class PasswordLogin {

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final AccessSessions sessions;
    private final RateLimits limits;

    @Inject
    public PasswordLogin(KrakenAuthentication kraken, KrakenTokenVerifier verifier, AccessSessions sessions,
                         RateLimits limits) {
        this.kraken = kraken;
        this.verifier = verifier;
        this.sessions = sessions;
        this.limits = limits;
    }

    /** For the container's client proxy only. */
    protected PasswordLogin() {
        this(null, null, null, null);
    }

    /** @throws KrakenException with {@code LOGIN_FAILED}, {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE} */
    @SessionCreation
    public void login(RequestAuth auth, String email, String password) {
        limits.take(LimitedOperation.LOGIN, auth.clientAddress());
        ObtainedToken obtained = kraken.login(email, password, auth.clientAddress());
        KrakenToken token = IssuedTokens.decode(verifier, obtained.token(), "login");
        sessions.start(auth, token, obtained, null, "login");
    }
}
