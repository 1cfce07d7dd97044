package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;

/**
 * The session chain for refresh: only the refresh token the module set with the session is ever sent
 * to Kraken, a refresh keeps the session's kind, and a logout ends the hand-over of a remembered result.
 */
class RefreshSpec {

    private final ChainFixture chain = new ChainFixture();

    /** A session whose access token has expired: the refresh token and the binding remain. */
    private FakeHttp expiredSession(String refreshToken) {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, access, refreshToken, null);
        return new FakeHttp().cookie("refreshToken", refreshToken).cookie("accessTokenBinding", binding);
    }

    private void krakenRefreshesWith(String gty) {
        String fresh = chain.krakenToken(gty);
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
    }

    @Test
    void theRefreshTokenTheModuleSetIsRefreshedAndTheNewTokensAreBound() {
        krakenRefreshesWith("REFRESH-TOKEN");
        FakeHttp http = expiredSession("refresh-1");

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.ACCESS_TOKEN, auth.method());
        assertEquals(1, chain.kraken.refreshes.get());
        assertNotNull(http.setCookie("accessToken"));
        assertTrue(http.setCookie("refreshToken").startsWith("refreshToken=refresh-2;"));
        String binding = http.setCookieValue("accessTokenBinding");
        assertEquals(dev.portalauth.internal.token.Verdict.PROVEN, chain.verifier.refreshBound(binding, "refresh-2"));
    }

    @Test
    void aRefreshTokenTheModuleDidNotSetIsNeverSentToKraken() {
        krakenRefreshesWith("REFRESH-TOKEN");
        FakeHttp http = expiredSession("refresh-1");
        http.cookies.removeIf(c -> c.getName().equals("refreshToken"));
        http.cookie("refreshToken", "planted-refresh-token");

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(0, chain.kraken.refreshes.get());
        assertEquals(new LostSession(AuthErrorCode.SESSION_EXPIRED), auth.lostSession());
        assertTrue(http.cleared("refreshToken"));
    }

    @Test
    void aRefreshTokenWithoutABindingIsNeverSentToKraken() {
        FakeHttp http = new FakeHttp().cookie("refreshToken", "refresh-1");

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertEquals(0, chain.kraken.refreshes.get());
    }

    @Test
    void aRefreshThatReturnsAnotherKindOfTokenEndsTheSession() {
        krakenRefreshesWith("PRE-SIGNED-KEY");
        FakeHttp http = expiredSession("refresh-1");

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(new LostSession(AuthErrorCode.SESSION_EXPIRED), auth.lostSession());
        assertTrue(http.cleared("refreshToken") && http.cleared("accessTokenBinding") && http.cleared("sessionPayload"));
    }

    @Test
    void aLogoutWithTheNewRefreshTokenAlsoEndsWhatTheOldOneWouldBeHanded() {
        krakenRefreshesWith("REFRESH-TOKEN");
        chain.resolve(expiredSession("refresh-1"));

        chain.refresher.forget("refresh-2");
        chain.kraken.refreshAnswer = () -> {
            throw new dev.portalauth.KrakenException(AuthErrorCode.SESSION_EXPIRED, java.util.List.of("KT-CT-1135"), "used");
        };
        RequestAuth copyOfOldCookies = chain.resolve(expiredSession("refresh-1"));

        assertEquals(AuthMethod.NONE, copyOfOldCookies.method());
        assertEquals(2, chain.kraken.refreshes.get());
    }

    @Test
    void aLateRequestWithTheOldRefreshTokenGetsTheRememberedResultUntilALogout() {
        krakenRefreshesWith("REFRESH-TOKEN");
        chain.resolve(expiredSession("refresh-1"));
        chain.resolve(expiredSession("refresh-1"));
        assertEquals(1, chain.kraken.refreshes.get(), "the second request is handed the first one's result");

        chain.refresher.forget("refresh-1");
        chain.kraken.refreshAnswer = () -> {
            throw new dev.portalauth.KrakenException(AuthErrorCode.SESSION_EXPIRED, java.util.List.of("KT-CT-1135"), "used");
        };
        RequestAuth afterLogout = chain.resolve(expiredSession("refresh-1"));

        assertEquals(2, chain.kraken.refreshes.get());
        assertEquals(AuthMethod.NONE, afterLogout.method());
    }
}
