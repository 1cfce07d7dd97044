package dev.portalauth.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.RequestAuths;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimitedException;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Adoption, an application's own login through {@code SecurityContext.authenticate}: the decision
 * before and after the built-in login runs. Cross-site requests never reach it; its failures become
 * the reason {@code Session.loginFailure()} reports; nothing is written to the response.
 */
class ApplicationLoginSpec {

    private final List<String> logins = new ArrayList<>();
    private Supplier<RuntimeException> krakenSays = () -> null;
    private boolean crossSite;

    /** The built-in login, recording what it was asked and failing as {@link #krakenSays}. */
    private final PasswordLogin builtIn = new PasswordLogin() {
        @Override
        public void login(RequestAuth auth, String email, String password) {
            logins.add(email + "/" + password);
            RuntimeException failure = krakenSays.get();
            if (failure != null) {
                throw failure;
            }
        }
    };

    private final ApplicationLogin login = new ApplicationLogin(builtIn, request -> crossSite);
    private final FakeHttp http = FakeHttp.post();
    private final RequestAuth auth = RequestAuths.of(http);

    private static UsernamePasswordCredential demoUser() {
        return new UsernamePasswordCredential("demo@example.com", "demo-password");
    }

    @Test
    void anEmailAndPasswordGoToTheBuiltInLogin() {
        assertTrue(login.attempt(auth, demoUser()));

        assertEquals(List.of("demo@example.com/demo-password"), logins);
        assertNull(ApplicationLogin.failureOf(http.request()).orElse(null));
    }

    @Test
    void aCrossSiteRequestIsRefusedBeforeTheLogin() {
        crossSite = true;

        assertFalse(login.attempt(auth, demoUser()));

        assertEquals(AuthErrorCode.CROSS_SITE, ApplicationLogin.failureOf(http.request()).orElse(null));
        assertEquals(List.of(), logins);
    }

    @Test
    void krakensRefusalIsLoginFailed() {
        krakenSays = () -> new KrakenException(AuthErrorCode.LOGIN_FAILED, List.of("KT-CT-1138"), "refused");

        assertFalse(login.attempt(auth, demoUser()));

        assertEquals(AuthErrorCode.LOGIN_FAILED, ApplicationLogin.failureOf(http.request()).orElse(null));
    }

    @Test
    void theLoginRateLimitIsRateLimited() {
        krakenSays = () -> new RateLimitedException(LimitedOperation.LOGIN, Duration.ofSeconds(7));

        assertFalse(login.attempt(auth, demoUser()));

        assertEquals(AuthErrorCode.RATE_LIMITED, ApplicationLogin.failureOf(http.request()).orElse(null));
    }

    @Test
    void krakenDownOrAnUnclassifiedFailureIsKrakenUnavailable() {
        krakenSays = () -> new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "timeout");
        login.attempt(auth, demoUser());
        assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, ApplicationLogin.failureOf(http.request()).orElse(null));

        krakenSays = () -> new KrakenException(null, List.of("KT-CT-9999"), "odd");
        login.attempt(auth, demoUser());
        assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, ApplicationLogin.failureOf(http.request()).orElse(null));
    }

    @Test
    void aCredentialWithoutAPasswordIsLoginFailedWithoutAKrakenCall() {
        assertFalse(login.attempt(auth, new CallerOnlyCredential("demo@example.com")));

        assertEquals(AuthErrorCode.LOGIN_FAILED, ApplicationLogin.failureOf(http.request()).orElse(null));
        assertEquals(List.of(), logins);
    }

    @Test
    void aSuccessfulLoginAfterAFailedOneOnTheSameRequestReportsNoFailure() {
        krakenSays = () -> new KrakenException(AuthErrorCode.LOGIN_FAILED, List.of("KT-CT-1138"), "refused");
        login.attempt(auth, demoUser());
        krakenSays = () -> null;

        assertTrue(login.attempt(auth, demoUser()));

        assertNull(ApplicationLogin.failureOf(http.request()).orElse(null));
    }

    @Test
    void nothingIsWrittenToTheResponseOfAFailedLogin() {
        crossSite = true;
        login.attempt(auth, demoUser());

        assertEquals(200, http.status());
        assertTrue(http.setCookies.isEmpty() && http.responseHeaders.isEmpty());
    }
}
