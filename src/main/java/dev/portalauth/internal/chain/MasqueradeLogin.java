package dev.portalauth.internal.chain;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.spi.MasqueradeParams;

/** Starts a masquerade session: Kraken's token in a browser-session {@code masqueradeToken} cookie. */
@ApplicationScoped
public class MasqueradeLogin {

    @Inject
    KrakenAuthentication kraken;
    @Inject
    KrakenTokenVerifier verifier;
    @Inject
    CookieWriter cookies;
    @Inject
    AuthChain chain;
    @Inject
    RateLimits limits;

    /** @throws KrakenException with {@code MASQUERADE_FAILED}, {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE} */
    public void start(RequestAuth auth, MasqueradeParams params) {
        limits.take(LimitedOperation.MASQUERADE, auth.clientAddress());
        String raw = kraken.masquerade(params, auth.clientAddress());
        KrakenToken token = IssuedTokens.decode(verifier, raw, "masquerade");
        SessionCookies sessionCookies = chain.sessionCookies();
        sessionCookies.write(auth.response(), sessionCookies.masquerade(token));
        auth.authenticate(AuthMethod.MASQUERADE, token);
    }

    /** Ends whatever masquerade the browser holds. */
    public void clear(RequestAuth auth) {
        cookies.clear(auth.response(), chain.cookieNames().masquerade());
        cookies.clear(auth.response(), chain.cookieNames().bindingOf(AuthMethod.MASQUERADE));
        auth.forget();
    }
}
