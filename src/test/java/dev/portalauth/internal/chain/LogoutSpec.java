package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.portalauth.internal.token.CredentialBindings;

/**
 * The one logout of the built-in endpoint and of {@code HttpServletRequest.logout()}: the refresh
 * token the module bound is ended at Kraken (once, and never one the module did not set), every
 * cookie a session or a guest may have is cleared whatever Kraken answers, a refresh result
 * remembered for the visitor's refresh token is handed to nobody any more, and the request has no
 * session left.
 */
class LogoutSpec {

    private final ChainFixture chain = ChainFixture.withMobileWebView();
    private final FakeKrakenEndings endings = new FakeKrakenEndings();
    private final Logout logout = new Logout(chain.cookies, chain.names, chain.refresher, chain.verifier, endings,
            chain.clock);

    private FakeHttp expiredSession(String refreshToken) {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        return new FakeHttp().cookie("refreshToken", refreshToken)
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, access, refreshToken, null));
    }

    private FakeHttp liveSession(String access, String refreshToken, String origin) {
        return new FakeHttp().cookie("accessToken", access).cookie("refreshToken", refreshToken)
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, access, refreshToken, null, origin));
    }

    @Test
    void everyCookieOfASessionAndOfTheGuestIsCleared() {
        FakeHttp http = new FakeHttp();

        logout.end(ChainFixture.auth(http), false);

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

        logout.end(auth, false);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(Map.of(), auth.payloadClaims());
        assertNull(auth.guest());
    }

    @Test
    void theBoundRefreshTokenIsEndedAtKrakenWithTheValidAccessTokenAndTheVisitorsAddress() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        RequestAuth auth = chain.resolve(liveSession(access, "refresh-1", null).from("203.0.113.7"));

        LogoutOutcome outcome = logout.end(auth, false);

        assertEquals(List.of(new FakeKrakenEndings.Sent("invalidateRefreshToken", "refresh-1", access, "203.0.113.7")),
                endings.sent);
        assertEquals(new LogoutOutcome(true, false), outcome);
    }

    @Test
    void anExpiredAccessTokenIsNotSentNorRefreshedForTheLogout() {
        RequestAuth auth = ChainFixture.auth(expiredSession("refresh-1"));

        logout.end(auth, false);

        assertEquals(1, endings.sent.size());
        assertNull(endings.sent.get(0).userToken());
        assertEquals(0, chain.kraken.refreshes.get());
    }

    @Test
    void theChainDoesNotRefreshAnExpiredSessionOnTheLogoutRequest() {
        RequestAuth auth = chain.resolve(expiredSession("refresh-1").path("/api/auth/logout"));

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(0, chain.kraken.refreshes.get());
    }

    @Test
    void aRefreshTokenTheModuleDidNotBindIsNeverSent() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        FakeHttp planted = new FakeHttp().cookie("accessToken", access).cookie("refreshToken", "planted")
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, access, "another", null));
        FakeHttp unbound = new FakeHttp().cookie("refreshToken", "no-binding");

        LogoutOutcome first = logout.end(ChainFixture.auth(planted), false);
        LogoutOutcome second = logout.end(ChainFixture.auth(unbound), false);

        assertEquals(List.of(), endings.sent);
        assertFalse(first.revoked());
        assertFalse(second.revoked());
    }

    @Test
    void anOAuthBoundRefreshTokenIsRevokedAtTheOAuthServerNotByTheGraphqlMutation() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");

        LogoutOutcome outcome = logout.end(chain.resolve(liveSession(access, "refresh-1",
                CredentialBindings.OAUTH_ORIGIN).from("203.0.113.8")), false);

        assertEquals(List.of(new FakeKrakenEndings.Sent("oauthRevocation", "refresh-1", null, "203.0.113.8")),
                endings.sent);
        assertTrue(outcome.revoked());
    }

    @Test
    void whenKrakenDoesNotConfirmTheCookiesAreClearedAllTheSameAndNotRevokedIsAnswered() {
        endings.confirms = false;
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        FakeHttp http = liveSession(access, "refresh-1", null);

        LogoutOutcome outcome = logout.end(chain.resolve(http), false);

        assertEquals(new LogoutOutcome(false, false), outcome);
        for (String name : List.of("accessToken", "accessTokenBinding", "refreshToken", "sessionPayload", "jwt")) {
            assertTrue(http.cleared(name), name);
        }
    }

    @Test
    void aSecondLogoutOnTheSameRequestSendsNothingAndAnswersWhatTheFirstAchieved() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        RequestAuth auth = chain.resolve(liveSession(access, "refresh-1", null));

        LogoutOutcome first = logout.end(auth, false);
        LogoutOutcome second = logout.end(auth, false);

        assertEquals(1, endings.sent.size());
        assertEquals(first, second);
        assertEquals(first, auth.loggedOut());
    }

    @Test
    void aRefreshResultRememberedForTheVisitorsRefreshTokenIsHandedToNobodyAfterwards() {
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
        chain.resolve(expiredSession("refresh-1"));

        logout.end(ChainFixture.auth(new FakeHttp().cookie("refreshToken", "refresh-1")), false);
        chain.kraken.refreshAnswer = () -> {
            throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of("KT-CT-1135"), "used");
        };
        RequestAuth copyOfOldCookies = chain.resolve(expiredSession("refresh-1"));

        assertEquals(AuthMethod.NONE, copyOfOldCookies.method());
        assertEquals(2, chain.kraken.refreshes.get(), "asked Kraken again instead of handing the old result");
    }
}
