package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.KrakenIssuer;

/**
 * Mobile web view is opt-in ({@code kraken.auth.mobile-web-view.enabled}, default off).
 * {@code MWAuthToken} has no binding and no name prefix, and outranks an access token: a sibling
 * subdomain that plants the attacker's own genuine token ({@code Domain=.example.com}) would swap
 * the victim into the attacker's account, even after the victim logs in (a host-only clear cannot
 * remove a domain cookie). Off, the cookie is untouched: not read, not confirmed, not cleared.
 */
class MobileWebViewOptInSpec {

    private final ChainFixture chain = new ChainFixture();

    private String attackersToken() {
        return chain.krakenToken(KrakenIssuer.claims(chain.clock).subject("kraken|account-user:666").build());
    }

    private FakeHttp victimWithPlantedToken() {
        JWTClaimsSet claims = KrakenIssuer.claims(chain.clock).subject("kraken|account-user:123").build();
        String victims = chain.krakenToken(claims);
        return new FakeHttp().cookie("MWAuthToken", attackersToken())
                .cookie("accessToken", victims)
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, victims, null, null));
    }

    @Test
    void byDefaultAPlantedTokenIsIgnoredAndTheVictimsOwnSessionWins() {
        FakeHttp http = victimWithPlantedToken();

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.ACCESS_TOKEN, auth.method());
        assertEquals("kraken|account-user:123", auth.token().subject());
        assertNull(http.setCookie("MWAuthToken"), "ignored means untouched");
        assertEquals(0, chain.kraken.confirmations.get(), "never confirmed with Kraken");
    }

    @Test
    void byDefaultAMobileWebViewTokenAloneIsNoSession() {
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", attackersToken());

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertNull(http.setCookie("MWAuthToken"));
        assertEquals(0, chain.kraken.confirmations.get());
    }

    @Test
    void byDefaultNeitherALoginNorALogoutTouchesTheCookie() {
        assertFalse(chain.names.outrankingAccess().contains("MWAuthToken"));
        assertFalse(chain.names.all().contains("MWAuthToken"));
    }

    @Test
    void turnedOnTheTokenOutranksAnAccessTokenAndALoginClearsIt() {
        ChainFixture on = ChainFixture.withMobileWebView();
        String token = on.krakenToken("EMAIL-AND-PASSWORD");

        assertEquals(AuthMethod.MOBILE_WEB_VIEW, on.resolve(new FakeHttp().cookie("MWAuthToken", token)).method());
        assertTrue(on.names.outrankingAccess().contains("MWAuthToken"));
        assertTrue(on.names.all().contains("MWAuthToken"));
    }
}
