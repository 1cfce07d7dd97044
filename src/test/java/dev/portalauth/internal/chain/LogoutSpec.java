package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;

/**
 * SPEC 6 and 8, the one logout of the built-in endpoint and of {@code HttpServletRequest.logout()}:
 * every cookie a session or a guest may have is cleared, a refresh result remembered for the
 * visitor's refresh token is handed to nobody any more, and the request has no session left.
 */
class LogoutSpec {

    private final ChainFixture chain = ChainFixture.withMobileWebView();
    private final Logout logout = new Logout(chain.cookies, chain.names, chain.refresher);

    private FakeHttp expiredSession(String refreshToken) {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        return new FakeHttp().cookie("refreshToken", refreshToken)
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, access, refreshToken, null));
    }

    @Test
    void everyCookieOfASessionAndOfTheGuestIsCleared() {
        FakeHttp http = new FakeHttp();

        logout.end(ChainFixture.auth(http));

        for (String name : List.of("masqueradeToken", "masqueradeTokenBinding", "MWAuthToken", "accessToken",
                "accessTokenBinding", "refreshToken", "scopedToken", "scopedTokenBinding", "sessionPayload", "jwt")) {
            assertTrue(http.cleared(name), name);
        }
    }

    @Test
    void theRequestHasNoSessionPayloadOrGuestAfterwards() {
        FakeHttp http = new FakeHttp();
        RequestAuth auth = RequestAuths.authenticated(http, AuthMethod.ACCESS_TOKEN, null);
        auth.payload(Map.of("plan", "gold"), chain.clock.instant().plusSeconds(60));

        logout.end(auth);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(Map.of(), auth.payloadClaims());
        assertNull(auth.guest());
    }

    @Test
    void aRefreshResultRememberedForTheVisitorsRefreshTokenIsHandedToNobodyAfterwards() {
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
        chain.resolve(expiredSession("refresh-1"));

        logout.end(ChainFixture.auth(new FakeHttp().cookie("refreshToken", "refresh-1")));
        chain.kraken.refreshAnswer = () -> {
            throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of("KT-CT-1135"), "used");
        };
        RequestAuth copyOfOldCookies = chain.resolve(expiredSession("refresh-1"));

        assertEquals(AuthMethod.NONE, copyOfOldCookies.method());
        assertEquals(2, chain.kraken.refreshes.get(), "asked Kraken again instead of handing the old result");
    }
}
