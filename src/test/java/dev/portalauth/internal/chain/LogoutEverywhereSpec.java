package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Log out everywhere: for the customer's own session, one {@code forceReauthentication} sent as the
 * user (with the access token, refreshed first when it has expired) instead of ending the one refresh
 * token; masquerade, mobile-web-view and scoped sessions are logged out here only and answer
 * {@code everywhere: false}; the cookies are cleared whatever Kraken answers.
 */
class LogoutEverywhereSpec {

    private final ChainFixture chain = new ChainFixture();
    private final FakeKrakenEndings endings = new FakeKrakenEndings();
    private final Logout logout = new Logout(chain.cookies, chain.names, chain.refresher, chain.verifier, endings,
            chain.clock);

    private FakeHttp liveSession(String access) {
        return new FakeHttp().cookie("accessToken", access).cookie("refreshToken", "refresh-1")
                .cookie("accessTokenBinding", chain.binding(AuthMethod.ACCESS_TOKEN, access, "refresh-1", null));
    }

    @Test
    void anAccessTokenSessionForcesReauthenticationAsTheUserOnce() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");

        LogoutOutcome outcome = logout.end(chain.resolve(liveSession(access).from("203.0.113.9")), true);

        assertEquals(List.of(new FakeKrakenEndings.Sent("forceReauthentication", null, access, "203.0.113.9")),
                endings.sent);
        assertEquals(new LogoutOutcome(true, true), outcome);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedFirstAndTheFreshOneIsSent() {
        String expired = chain.krakenToken("EMAIL-AND-PASSWORD");
        FakeHttp http = liveSession(expired).path("/api/auth/logout");
        chain.clock.advance(Duration.ofHours(2));
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-1"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));

        LogoutOutcome outcome = logout.end(chain.resolve(http), true);

        assertEquals(1, chain.kraken.refreshes.get());
        assertEquals(fresh, endings.sent.get(0).userToken());
        assertTrue(outcome.everywhere());
        assertTrue(http.cleared("accessToken"));
    }

    @Test
    void aRefusedRefreshSendsNothingAndStillClears() {
        chain.kraken.refreshAnswer = () -> {
            throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of("KT-CT-1135"), "refused");
        };
        FakeHttp http = liveSession(chain.krakenToken("EMAIL-AND-PASSWORD")).path("/api/auth/logout");
        chain.clock.advance(Duration.ofHours(2));

        LogoutOutcome outcome = logout.end(chain.resolve(http), true);

        assertEquals(List.of(), endings.sent);
        assertEquals(new LogoutOutcome(false, false), outcome);
        assertTrue(http.cleared("refreshToken"));
    }

    @Test
    void masqueradeMobileWebViewAndScopedSessionsAreNotLoggedOutEverywhere() {
        for (AuthMethod method : List.of(AuthMethod.MASQUERADE, AuthMethod.MOBILE_WEB_VIEW, AuthMethod.SCOPED)) {
            FakeHttp http = new FakeHttp();
            RequestAuth auth = RequestAuths.authenticated(http, method, null);

            LogoutOutcome outcome = logout.end(auth, true);

            assertFalse(outcome.everywhere(), method.name());
            assertTrue(http.cleared("jwt"), method.name());
        }
        assertEquals(List.of(), endings.sent);
    }

    @Test
    void krakenNotConfirmingAnswersNotEverywhereAndClearsAllTheSame() {
        endings.confirms = false;
        FakeHttp http = liveSession(chain.krakenToken("EMAIL-AND-PASSWORD"));

        LogoutOutcome outcome = logout.end(chain.resolve(http), true);

        assertEquals(new LogoutOutcome(false, false), outcome);
        assertEquals(1, endings.sent.size());
        assertTrue(http.cleared("accessToken"));
    }

    @Test
    void theRule() {
        assertTrue(EverywhereLogout.allowed(AuthMethod.ACCESS_TOKEN, false));
        assertTrue(EverywhereLogout.allowed(AuthMethod.NONE, true));
        assertFalse(EverywhereLogout.allowed(AuthMethod.NONE, false));
        assertFalse(EverywhereLogout.allowed(AuthMethod.MASQUERADE, true));
        assertFalse(EverywhereLogout.allowed(AuthMethod.MOBILE_WEB_VIEW, true));
        assertFalse(EverywhereLogout.allowed(AuthMethod.SCOPED, true));
    }
}
