package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import com.nimbusds.jose.util.Base64URL;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.KrakenIssuer;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;

/**
 * The session chain at the cookies: a proven credential makes the session, a refused one is cleared
 * with its binding and the chain goes on, an undecided one grants nothing and is kept; duplicated
 * and oversized cookies are no credential.
 */
class CredentialCookiesSpec {

    private final ChainFixture chain = ChainFixture.withMobileWebView();

    @Test
    void aBoundMasqueradeTokenMakesAMasqueradeSession() {
        String token = chain.krakenToken("MASQUERADE");
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", token)
                .cookie("masqueradeTokenBinding", chain.binding(AuthMethod.MASQUERADE, token, null, null));

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.MASQUERADE, auth.method());
        assertTrue(http.setCookies.isEmpty(), http.setCookies.toString());
    }

    @Test
    void aForgedUnboundTokenIsClearedAndTheChainGoesOnToTheNextCredential() {
        String forged = Base64URL.encode("{\"alg\":\"HS256\"}") + "." + Base64URL.encode("{\"sub\":\"kraken|account-user:1\","
                + "\"gty\":\"MASQUERADE\",\"iat\":" + chain.clock.instant().getEpochSecond() + ",\"exp\":"
                + chain.clock.instant().plus(Duration.ofDays(365)).getEpochSecond() + "}") + ".AAAA";
        String scoped = chain.krakenToken("PRE-SIGNED-KEY");
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", forged)
                .cookie("scopedToken", scoped)
                .cookie("scopedTokenBinding", chain.binding(AuthMethod.SCOPED, scoped, null, "key-1"));

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.SCOPED, auth.method());
        assertTrue(http.cleared("masqueradeToken"));
        assertTrue(http.cleared("masqueradeTokenBinding"));
    }

    @Test
    void aScopedTokenCopiedWithItsBindingIntoEveryFullSessionCookieGrantsOnlyScoped() {
        String scoped = chain.krakenToken("PRE-SIGNED-KEY");
        String binding = chain.binding(AuthMethod.SCOPED, scoped, null, "key-1");
        FakeHttp http = new FakeHttp()
                .cookie("masqueradeToken", scoped).cookie("masqueradeTokenBinding", binding)
                .cookie("MWAuthToken", scoped)
                .cookie("accessToken", scoped).cookie("accessTokenBinding", binding)
                .cookie("scopedToken", scoped).cookie("scopedTokenBinding", binding);

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.SCOPED, auth.method());
        assertTrue(http.cleared("masqueradeToken") && http.cleared("MWAuthToken") && http.cleared("accessToken"));
        assertEquals(0, chain.kraken.confirmations.get(), "a token of the wrong gty is never sent to Kraken");
    }

    @Test
    void aBindingFromAKeyThisNodeDoesNotKnowGrantsNothingAndIsNotCleared() {
        ModuleKeys otherNode = ChainFixture.keys("rsa-2048.pem");
        String token = chain.krakenToken("MASQUERADE");
        String foreign = new CredentialBindings(new ModuleTokens(otherNode, "kraken-portal-auth", chain.clock, 10), otherNode)
                .bind(AuthMethod.MASQUERADE, token, null, null, null, chain.clock.instant().plusSeconds(600));
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", token).cookie("masqueradeTokenBinding", foreign);

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertTrue(http.setCookies.isEmpty(), http.setCookies.toString());
    }

    @Test
    void aCredentialCookieSentTwiceIsTreatedAsAbsentAndCleared() {
        String token = chain.krakenToken("MASQUERADE");
        String binding = chain.binding(AuthMethod.MASQUERADE, token, null, null);
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", token).cookie("masqueradeToken", token)
                .cookie("masqueradeTokenBinding", binding);

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertTrue(http.cleared("masqueradeToken"));
    }

    @Test
    void aCookieLargerThanBrowsersKeepIsNoCredentialAndIsCleared() {
        // Well under the 8 KB a JWT may have, well over what a browser keeps with the cookie's name.
        String token = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", "MASQUERADE")
                .claim("padding", "x".repeat(4000)).build());
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", token)
                .cookie("masqueradeTokenBinding", chain.binding(AuthMethod.MASQUERADE, token, null, null));

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertTrue(http.cleared("masqueradeToken"));
    }

    @Test
    void withANamePrefixOnlyPrefixedCookiesAreCredentials() {
        ChainFixture prefixed = new ChainFixture("kraken.auth.cookie.name-prefix", "__Host-");
        String token = prefixed.krakenToken("MASQUERADE");
        String binding = prefixed.binding(AuthMethod.MASQUERADE, token, null, null);

        FakeHttp planted = new FakeHttp().cookie("masqueradeToken", token).cookie("masqueradeTokenBinding", binding);
        FakeHttp ours = new FakeHttp().cookie("__Host-masqueradeToken", token).cookie("__Host-masqueradeTokenBinding", binding);

        assertEquals(AuthMethod.NONE, prefixed.resolve(planted).method());
        assertEquals(AuthMethod.MASQUERADE, prefixed.resolve(ours).method());
    }

    @Test
    void aMobileWebViewTokenIsConfirmedByKrakenOnceThenRemembered() {
        String token = chain.krakenToken("EMAIL-AND-PASSWORD");

        RequestAuth first = chain.resolve(new FakeHttp().cookie("MWAuthToken", token));
        RequestAuth second = chain.resolve(new FakeHttp().cookie("MWAuthToken", token));

        assertEquals(AuthMethod.MOBILE_WEB_VIEW, first.method());
        assertEquals(AuthMethod.MOBILE_WEB_VIEW, second.method());
        assertEquals(1, chain.kraken.confirmations.get());
    }

    @Test
    void aMobileWebViewTokenKrakenRefusesIsCleared() {
        chain.kraken.confirmAnswer = () -> false;
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", chain.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertTrue(http.cleared("MWAuthToken"));
    }

    @Test
    void whileKrakenCannotConfirmAMobileWebViewTokenItGrantsNothingAndIsKept() {
        chain.kraken.confirmAnswer = () -> {
            throw FakeKraken.unavailable();
        };
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", chain.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertNull(http.setCookie("MWAuthToken"));
        assertFalse(Optional.ofNullable(http.responseHeaders.get("Cache-Control")).isPresent());
    }
}
