package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Kraken OAuth login for refresh: a session bound with the OAuth origin is refreshed at Kraken's token
 * endpoint, once per burst, and stays bound with that origin; every other session keeps
 * {@code obtainKrakenToken}.
 */
class OAuthRefreshSpec {

    private final ChainFixture chain = new ChainFixture();

    private FakeHttp expiredSession(String origin) {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, access, "refresh-1", null, origin);
        return new FakeHttp().cookie("refreshToken", "refresh-1").cookie("accessTokenBinding", binding);
    }

    private void tokenEndpointRefreshes() {
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.oauth.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
    }

    @Test
    void anOAuthSessionIsRefreshedAtTheTokenEndpointAndKeepsItsOrigin() {
        tokenEndpointRefreshes();
        FakeHttp http = expiredSession("oauth");

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.ACCESS_TOKEN, auth.method());
        assertEquals(1, chain.oauth.refreshes.get());
        assertEquals(0, chain.kraken.refreshes.get(), "never obtainKrakenToken for an OAuth session");
        assertEquals("oauth", chain.verifier.binding(http.setCookieValue("accessTokenBinding")).origin());
        assertTrue(http.setCookie("refreshToken").startsWith("refreshToken=refresh-2;"));
    }

    @Test
    void aPasswordSessionKeepsObtainKrakenToken() {
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"), Optional.empty());
        FakeHttp http = expiredSession(null);

        assertEquals(AuthMethod.ACCESS_TOKEN, chain.resolve(http).method());
        assertEquals(0, chain.oauth.refreshes.get());
        assertEquals(1, chain.kraken.refreshes.get());
        assertNull(chain.verifier.binding(http.setCookieValue("accessTokenBinding")).origin());
    }

    @Test
    void aBurstOfRequestsMakesOneCallToTheTokenEndpoint() throws Exception {
        CountDownLatch callMade = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.oauth.refreshAnswer = () -> {
            callMade.countDown();
            await(release);
            return new ObtainedToken(fresh, Optional.of("refresh-2"), Optional.empty());
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AuthMethod>> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                burst.add(pool.submit(() -> chain.resolve(expiredSession("oauth")).method()));
            }
            assertTrue(callMade.await(5, TimeUnit.SECONDS));
            Thread.sleep(200); // let the others join the call in flight
            release.countDown();
            for (Future<AuthMethod> request : burst) {
                assertEquals(AuthMethod.ACCESS_TOKEN, request.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, chain.oauth.refreshes.get());
    }

    @Test
    void aRefusalAtTheTokenEndpointEndsTheSession() {
        FakeHttp http = expiredSession("oauth");

        RequestAuth auth = chain.resolve(http);

        assertEquals(AuthMethod.NONE, auth.method());
        assertEquals(new LostSession(AuthErrorCode.SESSION_EXPIRED), auth.lostSession());
        assertTrue(http.cleared("refreshToken") && http.cleared("accessTokenBinding"));
    }

    @Test
    void theTokenEndpointDownKeepsTheRefreshTokenForLater() {
        chain.oauth.refreshAnswer = () -> {
            throw FakeKraken.unavailable();
        };
        FakeHttp http = expiredSession("oauth");

        RequestAuth auth = chain.resolve(http);

        assertEquals(new LostSession(AuthErrorCode.KRAKEN_UNAVAILABLE), auth.lostSession());
        assertNull(http.setCookie("refreshToken"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
