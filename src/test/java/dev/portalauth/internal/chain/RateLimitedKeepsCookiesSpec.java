package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.KrakenIssuer;

/**
 * A rate-limited request never clears a cookie. A client whose refresh or confirm limit is
 * spent makes no Kraken call, and its session's cookies stay as they were for a later request.
 */
class RateLimitedKeepsCookiesSpec {

    private static final String CLIENT = new FakeHttp().remoteAddr();

    private final ChainFixture chain = ChainFixture.withMobileWebView(
            "kraken.auth.rate-limit.refresh", "1/PT1M", "kraken.auth.rate-limit.confirm", "1/PT1M");

    /** The client's one token of {@code operation} is already spent. */
    private void spent(LimitedOperation operation) {
        chain.limits.take(operation, CLIENT);
    }

    private static boolean nothingCleared(FakeHttp http) {
        return http.setCookies.stream().noneMatch(c -> c.contains("Max-Age=0"));
    }

    private FakeHttp sessionExpiringIn(long seconds) {
        String token = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", "EMAIL-AND-PASSWORD")
                .expirationTime(Date.from(chain.clock.instant().plusSeconds(seconds))).build());
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, token, "refresh-1", null);
        return new FakeHttp().cookie("accessToken", token).cookie("refreshToken", "refresh-1")
                .cookie("accessTokenBinding", binding);
    }

    @Test
    void an_expired_access_token_whose_refresh_is_rate_limited_keeps_every_cookie() {
        spent(LimitedOperation.REFRESH);
        FakeHttp http = sessionExpiringIn(-10);

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(new LostSession(AuthErrorCode.RATE_LIMITED), auth.lostSession());
        assertEquals(0, chain.kraken.refreshes.get());
        assertTrue(nothingCleared(http), http.setCookies.toString());
    }

    @Test
    void a_token_about_to_expire_whose_refresh_is_rate_limited_keeps_its_session() {
        spent(LimitedOperation.REFRESH);
        FakeHttp http = sessionExpiringIn(10);

        assertEquals(AuthMethod.ACCESS_TOKEN, chain.resolve(http).method());
        assertEquals(0, chain.kraken.refreshes.get());
        assertTrue(nothingCleared(http), http.setCookies.toString());
    }

    @Test
    void a_mobile_web_view_token_whose_confirmation_is_rate_limited_is_kept_undecided() {
        spent(LimitedOperation.CONFIRM);
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", chain.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertEquals(0, chain.kraken.confirmations.get());
        assertTrue(http.setCookies.isEmpty(), http.setCookies.toString());
    }
}
