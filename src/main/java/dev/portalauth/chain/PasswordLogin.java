package dev.portalauth.chain;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.SessionCreation;
import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.kraken.ObtainedToken;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * Logs a visitor in with email and password: the new access session is set on the response and is
 * this request's session from then on. Carries {@link SessionCreation}, so guest claims follow.
 */
@ApplicationScoped
public class PasswordLogin {

    @Inject
    KrakenAuthentication kraken;
    @Inject
    KrakenTokenVerifier verifier;
    @Inject
    CookieWriter cookies;

    private SessionCookies sessionCookies;

    @PostConstruct
    void init() {
        sessionCookies = new SessionCookies(cookies, Clock.systemUTC());
    }

    /** @throws KrakenException with {@code LOGIN_FAILED}, {@code RATE_LIMITED} or {@code KRAKEN_UNAVAILABLE} */
    @SessionCreation
    public void login(RequestAuth auth, String email, String password) {
        ObtainedToken obtained = kraken.login(email, password, auth.request().getRemoteAddr());
        KrakenToken token = IssuedTokens.verify(verifier, obtained.token(), "login");
        // Credentials that outrank an access token would hide the session just created.
        for (String higher : List.of(AuthCookies.MASQUERADE, AuthCookies.MOBILE_WEB_VIEW)) {
            if (auth.cookie(higher) != null) {
                cookies.clear(auth.response(), higher);
            }
        }
        sessionCookies.setLogin(auth.response(), token, obtained);
        auth.authenticate(AuthMethod.ACCESS_TOKEN, token);
        obtained.refreshExpiresAt().ifPresent(auth::sessionExpiresAt);
    }
}
