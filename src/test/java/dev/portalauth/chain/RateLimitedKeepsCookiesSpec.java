package dev.portalauth.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Date;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.limits.LimitedOperation;
import dev.portalauth.limits.RateLimitedException;
import dev.portalauth.token.KrakenIssuer;

/**
 * SPEC 9: a rate-limited request never clears a cookie. Refresh and confirmation over the limit
 * leave the session's cookies as they were, for a later request to use.
 */
class RateLimitedKeepsCookiesSpec {

    private final ChainFixture chain = new ChainFixture();

    private void limited(LimitedOperation operation) {
        RateLimitedException e = new RateLimitedException(operation, Duration.ofSeconds(10));
        chain.kraken.refreshAnswer = () -> {
            throw e;
        };
        chain.kraken.confirmAnswer = () -> {
            throw e;
        };
    }

    private boolean nothingCleared(FakeHttp http) {
        return http.setCookies.stream().noneMatch(c -> c.contains("Max-Age=0"));
    }

    @Test
    void an_expired_access_token_whose_refresh_is_rate_limited_keeps_every_cookie() {
        limited(LimitedOperation.REFRESH);
        String expired = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", "EMAIL-AND-PASSWORD")
                .expirationTime(Date.from(chain.clock.instant().minusSeconds(10))).build());
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, expired, "refresh-1", null);
        FakeHttp http = new FakeHttp().cookie("accessToken", expired).cookie("refreshToken", "refresh-1")
                .cookie("accessTokenBinding", binding);

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(AuthErrorCode.RATE_LIMITED, auth.sessionError());
        assertEquals(1, chain.kraken.refreshes.get());
        assertTrue(nothingCleared(http), http.setCookies.toString());
    }

    @Test
    void a_token_about_to_expire_whose_refresh_is_rate_limited_keeps_its_session() {
        limited(LimitedOperation.REFRESH);
        String soon = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", "EMAIL-AND-PASSWORD")
                .expirationTime(Date.from(chain.clock.instant().plusSeconds(10))).build());
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, soon, "refresh-1", null);
        FakeHttp http = new FakeHttp().cookie("accessToken", soon).cookie("refreshToken", "refresh-1")
                .cookie("accessTokenBinding", binding);

        assertEquals(AuthMethod.ACCESS_TOKEN, chain.resolve(http).method());
        assertTrue(nothingCleared(http), http.setCookies.toString());
    }

    @Test
    void a_mobile_web_view_token_whose_confirmation_is_rate_limited_is_kept_undecided() {
        limited(LimitedOperation.CONFIRM);
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", chain.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, chain.resolve(http).method());
        assertEquals(1, chain.kraken.confirmations.get());
        assertTrue(http.setCookies.isEmpty(), http.setCookies.toString());
    }
}
