package dev.portalauth.internal.chain;

import java.util.function.Predicate;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/**
 * An application's own login through Jakarta Security:
 * {@code SecurityContext.authenticate(…, withParams().credential(new UsernamePasswordCredential(email, password)))}
 * takes the built-in login's path — cross-site refusal, then {@link PasswordLogin} with its rate
 * limit and {@code @SessionCreation} — but writes nothing to the response: the reason of a failure
 * is kept for {@code Session.loginFailure()} and the application answers.
 */
public final class ApplicationLogin {

    private final PasswordLogin login;
    private final Predicate<HttpServletRequest> crossSite;

    /**
     * @param login the built-in login (its CDI proxy, so that {@code @SessionCreation} applies)
     * @param crossSite the built-in endpoints' cross-site rule
     */
    public ApplicationLogin(PasswordLogin login, Predicate<HttpServletRequest> crossSite) {
        this.login = login;
        this.crossSite = crossSite;
    }

    /**
     * Logs the request in with {@code credential}.
     *
     * @return true when this request now has the new access session; false when the login failed,
     *         the reason then being {@link RequestAuth#loginFailure()}
     */
    public boolean attempt(RequestAuth auth, Credential credential) {
        auth.loginFailure(null);
        if (crossSite.test(auth.request())) {
            auth.loginFailure(AuthErrorCode.CROSS_SITE);
            return false;
        }
        if (!(credential instanceof UsernamePasswordCredential password)) {
            // Only an email and a password can be sent to Kraken; any other credential is a failed login.
            auth.loginFailure(AuthErrorCode.LOGIN_FAILED);
            return false;
        }
        try {
            login.login(auth, password.getCaller(), password.getPasswordAsString());
            return true;
        } catch (KrakenException e) {
            auth.loginFailure(e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE));
            return false;
        }
    }
}
