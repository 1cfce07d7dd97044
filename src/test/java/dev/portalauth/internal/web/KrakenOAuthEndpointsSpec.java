package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.login.OAuthLoginFixture;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Kraken OAuth login at the two built-in endpoints: where the start sends the browser (the callback's URL from
 * the portal's origin and context root, a safe {@code next} only), and what the callback decides —
 * a session and the way on, or {@code {login}?error=…} with no session.
 */
class KrakenOAuthEndpointsSpec {

    private OAuthLoginFixture oauth = new OAuthLoginFixture();

    private KrakenOAuthStartEndpoint start() {
        return new KrakenOAuthStartEndpoint(oauth.login());
    }

    private KrakenOAuthCallbackEndpoint callback() {
        return new KrakenOAuthCallbackEndpoint(oauth.login(), oauth.settings().routes(), oauth.settings().cookies());
    }

    private static Map<String, String> query(String url) {
        return OAuthLoginFixture.queryOf(url);
    }

    /** A login started on {@code /api/auth/kraken-oauth?…}: the started request. */
    private FakeHttp started(String query) throws IOException {
        FakeHttp http = new FakeHttp().path("/api/auth/kraken-oauth" + (query == null ? "" : "?" + query))
                .header("Host", "localhost:8080");
        start().handle(OAuthLoginFixture.auth(http));
        return http;
    }

    /** The browser back at the callback with {@code query}, carrying what {@code started} set. */
    private FakeHttp callback(FakeHttp started, String query) throws IOException {
        String state = query(started.responseHeaders.get("Location")).get("state");
        String name = "krakenOAuth-" + state;
        FakeHttp back = new FakeHttp().path("/api/auth/kraken-oauth/callback?" + query.replace("{state}", state))
                .cookie(name, started.setCookieValue(name));
        callback().handle(OAuthLoginFixture.auth(back));
        return back;
    }

    @Test
    void theStartRedirectsToKrakenWithTheCallbackOnThePublicOriginAndContextRoot() throws IOException {
        oauth = new OAuthLoginFixture("kraken.auth.public-origin", "https://portal.example");
        FakeHttp http = new FakeHttp().context("/portal").path("/api/auth/kraken-oauth").header("Host", "internal:9080");

        start().handle(OAuthLoginFixture.auth(http));

        assertEquals(303, http.status());
        assertEquals("https://portal.example/portal/api/auth/kraken-oauth/callback",
                query(http.responseHeaders.get("Location")).get("redirect_uri"));
    }

    @Test
    void aRequestsHostOrForwardedHostNeverMovesTheCallback() throws IOException {
        oauth = new OAuthLoginFixture("kraken.auth.public-origin", "https://portal.example",
                "kraken.auth.trusted-proxies", "127.0.0.1");
        FakeHttp http = new FakeHttp().path("/api/auth/kraken-oauth").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http");

        start().handle(OAuthLoginFixture.auth(http));

        assertEquals("https://portal.example/api/auth/kraken-oauth/callback",
                query(http.responseHeaders.get("Location")).get("redirect_uri"));
    }

    @Test
    void theCallbackLogsInAndGoesToASafeNext() throws IOException {
        oauth.tokenEndpointGrants();
        FakeHttp back = callback(started("next=%2Fdashboard%2Fbills"), "code=c&state={state}");

        assertEquals(303, back.status());
        assertEquals("/dashboard/bills", back.responseHeaders.get("Location"));
        assertEquals("no-referrer", back.responseHeaders.get("Referrer-Policy"));
        assertTrue(back.setCookie("accessToken") != null);
    }

    @Test
    void anUnsafeNextFallsBackToTheDashboard() throws IOException {
        oauth.tokenEndpointGrants();
        FakeHttp back = callback(started("next=%2F%2Fevil.example"), "code=c&state={state}");

        assertEquals("/dashboard", back.responseHeaders.get("Location"));
    }

    @Test
    void aNextOfAtMost256BytesOnceEncodedIsCarriedALongerOneDropped() throws IOException {
        oauth.tokenEndpointGrants();
        String fits = "/d/" + "a".repeat(249); // 256 bytes once encoded: it rides in the login's cookie
        String tooLong = "/d/" + "a".repeat(250);

        FakeHttp kept = callback(started("next=" + fits.replace("/", "%2F")), "code=c&state={state}");
        FakeHttp dropped = callback(started("next=" + tooLong.replace("/", "%2F")), "code=c&state={state}");

        assertEquals(fits, kept.responseHeaders.get("Location"));
        assertEquals("/dashboard", dropped.responseHeaders.get("Location"));
    }

    @Test
    void aDeniedLoginIsOAuthFailedWithoutAKrakenCall() throws IOException {
        oauth.tokenEndpointGrants();
        FakeHttp back = callback(started(null), "error=access_denied&state={state}");

        assertEquals("/login?error=OAUTH_FAILED", back.responseHeaders.get("Location"));
        assertEquals(0, oauth.codeExchanges());
        assertNull(back.setCookie("accessToken"));
    }

    @Test
    void aMismatchedStateIsOAuthFailedWithoutAKrakenCall() throws IOException {
        oauth.tokenEndpointGrants();
        FakeHttp back = callback(started(null), "code=c&state=" + "B".repeat(43));

        assertEquals("/login?error=OAUTH_FAILED", back.responseHeaders.get("Location"));
        assertEquals(0, oauth.codeExchanges());
    }

    @Test
    void aReplayedCallbackFindsItsLoginGoneAndIsOAuthFailed() throws IOException {
        oauth.tokenEndpointGrants();
        FakeHttp started = started(null);
        String state = query(started.responseHeaders.get("Location")).get("state");
        callback(started, "code=c&state={state}");
        FakeHttp replay = new FakeHttp().path("/api/auth/kraken-oauth/callback?code=c&state=" + state);

        callback().handle(OAuthLoginFixture.auth(replay));

        assertEquals("/login?error=OAUTH_FAILED", replay.responseHeaders.get("Location"));
        assertEquals(1, oauth.codeExchanges());
    }

    @Test
    void krakenDownAtTheTokenEndpointIsKrakenUnavailable() throws IOException {
        oauth.tokenEndpointDown();
        FakeHttp back = callback(started(null), "code=c&state={state}");

        assertEquals("/login?error=KRAKEN_UNAVAILABLE", back.responseHeaders.get("Location"));
        assertNull(back.setCookie("accessToken"));
    }

    @Test
    void underStrictCookiesTheCallbackAnswersASameOriginPageInsteadOfARedirect() throws IOException {
        oauth = new OAuthLoginFixture("kraken.auth.cookie.same-site", "Strict");
        oauth.tokenEndpointGrants();
        FakeHttp started = started("next=%2Fdashboard%3Fa%3D1%26b%3D%22x%22");
        String state = query(started.responseHeaders.get("Location")).get("state");
        FakeHttp back = new FakeHttp().context("/portal").path("/api/auth/kraken-oauth/callback?code=c&state=" + state)
                .cookie("krakenOAuth-" + state, started.setCookieValue("krakenOAuth-" + state));

        RequestAuth auth = OAuthLoginFixture.auth(back);
        callback().handle(auth);

        String page = back.responseBody.toString(StandardCharsets.UTF_8);
        assertEquals(200, back.status());
        assertNull(back.responseHeaders.get("Location"));
        assertEquals(AuthMethod.ACCESS_TOKEN, auth.method());
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0;url=/portal/dashboard?a=1&amp;b=&quot;x&quot;\">"),
                page);
        assertTrue(page.contains("<a href=\"/portal/dashboard?a=1&amp;b=&quot;x&quot;\">"), page);
        assertTrue(!page.contains("<script"), page);
    }
}
