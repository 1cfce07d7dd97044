package dev.portalauth.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.CredentialBinding;

/**
 * Kraken OAuth login, the login itself: the authorise redirect (PKCE S256, a fresh state, the callback's URL),
 * one short-lived Lax cookie per login in progress that only this module could have signed, and
 * the code swapped once for an access session bound with the OAuth origin.
 */
class KrakenOAuthLoginSpec {

    private static final String CALLBACK = "http://localhost:8080/api/auth/kraken-oauth/callback";

    private final OAuthLoginFixture oauth = new OAuthLoginFixture();

    private static Map<String, String> query(String url) {
        return OAuthLoginFixture.queryOf(url);
    }

    /** Starts a login on {@code http}, and returns the authorise URL's parameters. */
    private Map<String, String> start(FakeHttp http, String next) {
        return query(oauth.login().start(OAuthLoginFixture.auth(http), next));
    }

    /** The browser coming back with what the start set. */
    private static FakeHttp cameBackFrom(FakeHttp started, String state) {
        String name = "krakenOAuth-" + state;
        return new FakeHttp().path("/api/auth/kraken-oauth/callback").cookie(name, started.setCookieValue(name));
    }

    @Test
    void theStartSendsTheBrowserToKrakensAuthorisePageWithAnS256Challenge() {
        FakeHttp http = new FakeHttp();
        String url = oauth.login().start(OAuthLoginFixture.auth(http), null);
        Map<String, String> q = query(url);

        assertTrue(url.startsWith("https://auth.example/authorize/?"), url);
        assertEquals("code", q.get("response_type"));
        assertEquals("portal", q.get("client_id"));
        assertEquals(CALLBACK, q.get("redirect_uri"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertTrue(q.get("state").matches("[A-Za-z0-9_-]{43}"));
        assertFalse(q.containsKey("scope"));

        oauth.tokenEndpointGrants();
        RequestAuth back = OAuthLoginFixture.auth(cameBackFrom(http, q.get("state")));
        oauth.login().complete(back, oauth.login().returned(back, q.get("state")).orElseThrow(), "code-1");
        assertEquals(q.get("code_challenge"), Pkce.challengeOf(oauth.lastCodeVerifier()),
                "the verifier sent to the token endpoint is the one the challenge was made from");
        assertEquals(CALLBACK, oauth.lastRedirectUri());
    }

    @Test
    void aConfiguredScopeIsSent() {
        OAuthLoginFixture scoped = new OAuthLoginFixture("kraken.oauth-scope", "openid account");
        String url = scoped.login().start(OAuthLoginFixture.auth(new FakeHttp()), null);
        assertTrue(url.contains("&scope=openid%20account"), url);
    }

    @Test
    void eachLoginHasItsOwnTenMinuteLaxHttpOnlyCookieEvenUnderStrict() {
        OAuthLoginFixture strict = new OAuthLoginFixture("kraken.auth.cookie.same-site", "Strict",
                "kraken.auth.cookie.name-prefix", "__Host-");
        FakeHttp http = new FakeHttp();
        String state = query(strict.login().start(OAuthLoginFixture.auth(http), null)).get("state");

        String cookie = http.setCookie("__Host-krakenOAuth-" + state);
        assertTrue(cookie.contains("; Max-Age=600") && cookie.contains("; HttpOnly") && cookie.contains("; Secure")
                && cookie.contains("; Path=/") && cookie.endsWith("; SameSite=Lax"), cookie);
        assertEquals("no-store", http.responseHeaders.get("Cache-Control"));
    }

    @Test
    void twoTabsTwoLoginsEachFoundByItsOwnState() {
        FakeHttp tab1 = new FakeHttp();
        FakeHttp tab2 = new FakeHttp();
        String state1 = start(tab1, "/dashboard/one").get("state");
        String state2 = start(tab2, "/dashboard/two").get("state");
        assertNotEquals(state1, state2);

        FakeHttp back = cameBackFrom(tab1, state1);
        back.cookie("krakenOAuth-" + state2, tab2.setCookieValue("krakenOAuth-" + state2));
        assertEquals(Optional.of("/dashboard/two"),
                oauth.login().returned(OAuthLoginFixture.auth(back), state2).flatMap(KrakenOAuthLogin.Returned::next));
        assertEquals(Optional.of("/dashboard/one"),
                oauth.login().returned(OAuthLoginFixture.auth(back), state1).flatMap(KrakenOAuthLogin.Returned::next));
    }

    @Test
    void aStateThisBrowserDidNotStartFindsNothing() {
        FakeHttp http = new FakeHttp();
        String state = start(http, null).get("state");
        FakeHttp back = cameBackFrom(http, state);

        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(back), "A".repeat(43)).isEmpty());
        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(back), null).isEmpty());
        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(back), "../" + state).isEmpty());
    }

    @Test
    void anotherTabsCookieUnderThisStatesNameFindsNothingAndIsCleared() {
        FakeHttp tab1 = new FakeHttp();
        String state1 = start(tab1, null).get("state");
        FakeHttp tab2 = new FakeHttp();
        String state2 = start(tab2, null).get("state");
        FakeHttp back = new FakeHttp().cookie("krakenOAuth-" + state1, tab2.setCookieValue("krakenOAuth-" + state2));

        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(back), state1).isEmpty());
        assertTrue(back.cleared("krakenOAuth-" + state1));
    }

    @Test
    void aForgedCookieFindsNothing() {
        FakeHttp http = new FakeHttp();
        String state = start(http, null).get("state");
        String real = http.setCookieValue("krakenOAuth-" + state);
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "AAAA" + real.substring(real.lastIndexOf('.') + 5);
        FakeHttp back = new FakeHttp().cookie("krakenOAuth-" + state, forged);

        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(back), state).isEmpty());
        assertTrue(back.cleared("krakenOAuth-" + state));
    }

    @Test
    void aLoginOlderThanTenMinutesFindsNothing() {
        FakeHttp http = new FakeHttp();
        String state = start(http, null).get("state");
        oauth.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

        assertTrue(oauth.login().returned(OAuthLoginFixture.auth(cameBackFrom(http, state)), state).isEmpty());
    }

    @Test
    void theCodeBecomesAnAccessSessionBoundWithTheOAuthOrigin() {
        oauth.tokenEndpointGrants();
        FakeHttp http = new FakeHttp();
        String state = start(http, null).get("state");
        FakeHttp back = cameBackFrom(http, state);
        RequestAuth auth = OAuthLoginFixture.auth(back);

        oauth.login().complete(auth, oauth.login().returned(auth, state).orElseThrow(), "code-1");

        assertEquals(AuthMethod.ACCESS_TOKEN, auth.method());
        assertEquals(1, oauth.codeExchanges());
        assertTrue(back.setCookie("accessToken") != null && back.setCookie("refreshToken") != null);
        CredentialBinding binding = oauth.accessBinding(back);
        assertEquals("oauth", binding.origin());
        assertEquals(AuthMethod.ACCESS_TOKEN, binding.kind());
        assertTrue(back.cleared("krakenOAuth-" + state), "the login's cookie is cleared at the callback");
    }

    @Test
    void aRefusedCodeSetsNoSession() {
        FakeHttp http = new FakeHttp();
        String state = start(http, null).get("state");
        FakeHttp back = cameBackFrom(http, state);
        RequestAuth auth = OAuthLoginFixture.auth(back);
        KrakenOAuthLogin.Returned login = oauth.login().returned(auth, state).orElseThrow();

        KrakenException e = assertThrows(KrakenException.class, () -> oauth.login().complete(auth, login, "used-code"));

        assertEquals(Optional.of(AuthErrorCode.OAUTH_FAILED), e.authError());
        assertEquals(AuthMethod.NONE, auth.method());
        assertNull(back.setCookie("accessToken"));
        assertNull(back.setCookie("accessTokenBinding"));
    }

    @Test
    void overTheOAuthRateLimitACodeIsNotSentToKraken() {
        OAuthLoginFixture limited = new OAuthLoginFixture("kraken.auth.rate-limit.oauth", "1/PT1M");
        limited.tokenEndpointGrants();
        for (int attempt = 1; attempt <= 2; attempt++) {
            FakeHttp http = new FakeHttp();
            String state = query(limited.login().start(OAuthLoginFixture.auth(http), null)).get("state");
            RequestAuth auth = OAuthLoginFixture.auth(cameBackFrom(http, state));
            KrakenOAuthLogin.Returned login = limited.login().returned(auth, state).orElseThrow();
            if (attempt == 1) {
                limited.login().complete(auth, login, "code-1");
            } else {
                KrakenException e = assertThrows(KrakenException.class, () -> limited.login().complete(auth, login, "code-2"));
                assertEquals(Optional.of(AuthErrorCode.RATE_LIMITED), e.authError());
            }
        }
        assertEquals(1, limited.codeExchanges());
    }

    @Test
    void aBrowserCrowdedWithAbandonedLoginsHasThemClearedAtTheNextStart() {
        FakeHttp crowded = new FakeHttp();
        for (int i = 0; i < PendingOAuthLogins.MAX_IN_PROGRESS; i++) {
            crowded.cookie("krakenOAuth-" + i, "x");
        }
        start(crowded, null);

        assertEquals(List.of(true, true), java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> crowded.cleared("krakenOAuth-" + i)).toList());
    }

    @Test
    void aBrowserHoldsAtMostTwoLoginsInProgress() {
        assertEquals(2, PendingOAuthLogins.MAX_IN_PROGRESS);
        FakeHttp one = new FakeHttp().cookie("krakenOAuth-0", "x");

        start(one, null);

        assertFalse(one.cleared("krakenOAuth-0"), "a second login keeps the first: two tabs keep two logins");
    }

    @Test
    void theLoginsCookieHoldsOnlyWhatTheCallbackCannotWorkOut() throws Exception {
        FakeHttp http = new FakeHttp();
        String state = start(http, "/dashboard/bills").get("state");

        var claims = com.nimbusds.jwt.SignedJWT.parse(http.setCookieValue("krakenOAuth-" + state)).getJWTClaimsSet()
                .getClaims().keySet();
        assertEquals(java.util.Set.of("st", "cv", "nx", "iss", "iat", "exp", "jti"), claims,
                "the redirect_uri follows from kraken.auth.public-origin, so the cookie does not carry it");
    }
}
