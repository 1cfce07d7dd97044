package dev.portalauth.internal.login;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;

/**
 * An application's own login through Jakarta Security:
 * {@code SecurityContext.authenticate(…, withParams().credential(new UsernamePasswordCredential(email, password)))}
 * takes the built-in login's path — cross-site refusal, then {@link PasswordLogin} with its rate
 * limit and {@code @SessionCreation} — but writes nothing to the response: the reason of a failure
 * is kept for {@code Session.loginFailure()} and the application answers.
 */
public final class ApplicationLogin {

    private static final String FAILURE = ApplicationLogin.class.getName() + ".failure";

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

    /** Why the application's login on this request failed ({@link #attempt}), or empty. */
    public static Optional<AuthErrorCode> failureOf(HttpServletRequest request) {
        return Optional.ofNullable((AuthErrorCode) request.getAttribute(FAILURE));
    }

    /**
     * Logs the request in with {@code credential}.
     *
     * @return true when this request now has the new access session; false when the login failed,
     *         the reason then being {@link #failureOf}
     */
    public boolean attempt(RequestAuth auth, Credential credential) {
        // Kept beside the request for Session.loginFailure(); each attempt replaces the last one's.
        auth.request().removeAttribute(FAILURE);
        AuthErrorCode failure = failure(auth, credential);
        auth.request().setAttribute(FAILURE, failure);
        return failure == null;
    }

    private AuthErrorCode failure(RequestAuth auth, Credential credential) {
        if (crossSite.test(auth.request())) {
            return AuthErrorCode.CROSS_SITE;
        }
        if (!(credential instanceof UsernamePasswordCredential password)) {
            // Only an email and a password can be sent to Kraken; any other credential is a failed login.
            return AuthErrorCode.LOGIN_FAILED;
        }
        try {
            login.login(auth, password.getCaller(), password.getPasswordAsString());
            return null;
        } catch (KrakenException e) {
            return e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE);
        }
    }
}
