package dev.portalauth.internal.login;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.IssuedTokens;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.StartedSession;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.spi.MasqueradeParams;

/** Starts a masquerade session: Kraken's token in a browser-session {@code masqueradeToken} cookie. */
@ApplicationScoped
public class MasqueradeLogin {

    private final KrakenAuthentication kraken;
    private final KrakenTokenVerifier verifier;
    private final SessionCookies sessionCookies;
    private final AuthChain chain;
    private final RateLimits limits;

    @Inject
    public MasqueradeLogin(KrakenAuthentication kraken, KrakenTokenVerifier verifier, SessionCookies sessionCookies,
                           AuthChain chain, RateLimits limits) {
        this.kraken = kraken;
        this.verifier = verifier;
        this.sessionCookies = sessionCookies;
        this.chain = chain;
        this.limits = limits;
    }

    /** For the container's client proxy only. */
    protected MasqueradeLogin() {
        this(null, null, null, null, null);
    }

    /** @throws KrakenException with {@code MASQUERADE_FAILED}, {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE} */
    public void start(RequestAuth auth, MasqueradeParams params) {
        limits.take(LimitedOperation.MASQUERADE, auth.clientAddress());
        String raw = kraken.masquerade(params, auth.clientAddress());
        KrakenToken token = IssuedTokens.decode(verifier, raw, "masquerade");
        // A browser-session cookie: no expiry to tell, and nothing outranks a masquerade.
        chain.start(auth, new StartedSession(AuthMethod.MASQUERADE, token, sessionCookies.masquerade(token), List.of(),
                null));
    }

    /** Ends whatever masquerade the browser holds. */
    public void clear(RequestAuth auth) {
        chain.endCredential(auth, AuthMethod.MASQUERADE);
    }
}
