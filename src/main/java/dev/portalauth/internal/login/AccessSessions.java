package dev.portalauth.internal.login;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.StartedSession;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.token.KrakenToken;

/**
 * The end of every login that yields an access session (email and password, Kraken OAuth): its
 * cookies planned whole, and the chain makes it the request's session, clearing the credentials
 * that would outrank it.
 */
@Dependent
public class AccessSessions {

    private final AuthChain chain;
    private final SessionCookies sessionCookies;
    private final CookieNames names;

    @Inject
    public AccessSessions(AuthChain chain, SessionCookies sessionCookies, CookieNames names) {
        this.chain = chain;
        this.sessionCookies = sessionCookies;
        this.names = names;
    }

    /** @param origin the binding's origin ({@code oauth}), or {@code null} */
    void start(RequestAuth auth, KrakenToken token, ObtainedToken obtained, String origin, String operation) {
        SessionCookies.Planned planned = sessionCookies.access(token, obtained, origin, operation);
        chain.start(auth, new StartedSession(AuthMethod.ACCESS_TOKEN, token, planned, names.outrankingAccess(),
                obtained.refreshExpiresAt().orElse(null)));
    }
}
