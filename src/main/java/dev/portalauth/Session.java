package dev.portalauth;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The session of the current request ({@code @RequestScoped}): {@code @Inject Session session}.
 * Filled by the module before any filter or resource of the application runs.
 */
public interface Session {

    /** {@return how this request is authenticated; {@link AuthMethod#NONE} when it is not} */
    AuthMethod authMethod();

    /** {@return true for every method but {@link AuthMethod#NONE}; scoped sessions are authenticated too} */
    default boolean isAuthenticated() {
        return authMethod() != AuthMethod.NONE;
    }

    /** {@return the account number a scoped token is bound to; empty for other sessions} */
    Optional<String> accountNumber();

    /** {@return the winning Kraken credential; empty when {@link #authMethod()} is {@code NONE}} */
    Optional<JsonWebToken> token();

    /** {@return the token's claims overlaid by the session payload (claims carried into a logged-in session)} */
    Map<String, Object> claims();

    /**
     * Adds claims to the payload of this logged-in session (SuperTokens' {@code mergeIntoAccessTokenPayload}):
     * re-issues the signed {@code sessionPayload} cookie and shows them in {@link #claims()} at once.
     * Reserved claims and claims of the Kraken token are never overwritten (such entries are skipped).
     *
     * @param claims the claims to add
     * @throws IllegalStateException when the session is not a full one (masquerade, mobile web view, access token)
     */
    void mergeIntoPayload(Map<String, Object> claims);

    /**
     * Why an application's own login on this request failed (SPEC 12): after
     * {@code securityContext.authenticate(request, response, withParams().credential(new
     * UsernamePasswordCredential(email, password)))} answered {@code SEND_FAILURE}, one of
     * {@link AuthErrorCode#LOGIN_FAILED}, {@link AuthErrorCode#RATE_LIMITED},
     * {@link AuthErrorCode#KRAKEN_UNAVAILABLE} or {@link AuthErrorCode#CROSS_SITE}. Empty when no such
     * login was tried on this request, or it succeeded. The module writes nothing to the response of a
     * failed login: the application answers.
     *
     * @return the reason of this request's failed login, if one failed
     */
    Optional<AuthErrorCode> loginFailure();

    /**
     * True when a logout on this request — the built-in one or {@code HttpServletRequest.logout()} —
     * ended the session at Kraken too (Kraken confirmed its refresh token, or every token of the user,
     * no longer valid). False before any logout, and when Kraken could not be reached, refused, or
     * there was nothing Kraken could end: the browser's cookies are cleared either way.
     *
     * @return whether this request's logout ended the session at Kraken too
     */
    boolean revokedAtKraken();

    /**
     * Logs the visitor out as the built-in logout does and, for the customer's own session (access
     * token or Kraken OAuth), ends every Kraken token and refresh token of the user: every device is
     * logged out at its next refresh. Masquerade, mobile-web-view and scoped sessions are only logged
     * out here. Must run before the response is committed (it clears cookies).
     *
     * @return true when Kraken confirmed every token of the user ended
     */
    boolean logoutEverywhere();

    /**
     * For a scoped session: ends the pre-signed key it was made from at Kraken (a one-time link after
     * its one submission), then ends this session — whatever Kraken answered — and, on this server,
     * every other session of that link (other tabs and devices) at its next request on an anon
     * pathname. The key must be the one this request carried (exchanged on it, or in its URL). Call
     * it before the response is committed.
     *
     * @return true when Kraken confirmed the key ended
     * @throws IllegalStateException for another session, a request without the key, or a committed response
     */
    boolean endLink();

    /** {@return the visitor's guest session; empty when guest sessions are off, or on a path outside the guest paths with no guest cookie} */
    Optional<GuestSession> guest();
}
