package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Only the codes that mean "refused" for an operation end what a visitor holds. Any other Kraken
 * error — a disabled field, an unknown code, a passing fault — is Kraken being unavailable: the
 * session's cookies stay, a key is not remembered as refused, a mobile-web-view token is kept.
 */
class KrakenErrorsThatAreNoRefusalSpec {

    /** Kraken's "disabled GraphQL field requested": its configuration, nothing about the visitor's credential. */
    private static final String DISABLED_FIELD = "KT-CT-1113";
    private static final String UNKNOWN = "KT-CT-9999";

    private final ChainFixture chain = new ChainFixture();
    private final ChainFixture withMobileWebView = ChainFixture.withMobileWebView();
    private final RefusedKeys refusedKeys = new RefusedKeys(100, Duration.ofMinutes(1), Duration.ofHours(2), chain.clock);
    private final KeyExchanger exchanger = new KeyExchanger(chain.kraken, chain.verifier.tokens(), chain.sessionCookies,
            refusedKeys, chain.limits, 100, chain.clock);

    private static boolean nothingCleared(FakeHttp http) {
        return http.setCookies.stream().noneMatch(c -> c.contains("Max-Age=0"));
    }

    private FakeHttp expiredSession() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        String binding = chain.binding(AuthMethod.ACCESS_TOKEN, access, "refresh-1", null);
        return new FakeHttp().cookie("refreshToken", "refresh-1").cookie("accessTokenBinding", binding);
    }

    @Test
    void a_refresh_answered_with_an_error_that_is_no_refusal_keeps_every_cookie() {
        for (String code : new String[] {DISABLED_FIELD, UNKNOWN}) {
            chain.kraken.answersErrors(code);
            FakeHttp http = expiredSession();

            RequestAuth auth = chain.resolve(http);

            assertEquals(AuthMethod.NONE, auth.method(), code);
            assertEquals(new LostSession(AuthErrorCode.KRAKEN_UNAVAILABLE), auth.lostSession(), code);
            assertTrue(nothingCleared(http), code + " " + http.setCookies);
        }
    }

    @Test
    void a_refresh_kraken_refuses_still_ends_the_session() {
        chain.kraken.answersErrors("KT-CT-1135");
        FakeHttp http = expiredSession();

        assertEquals(new LostSession(AuthErrorCode.SESSION_EXPIRED), chain.resolve(http).lostSession());
        assertTrue(http.setCookie("refreshToken").contains("Max-Age=0"));
    }

    @Test
    void an_exchange_answered_with_an_error_that_is_no_refusal_leaves_the_key_unremembered() {
        chain.kraken.answersErrors(DISABLED_FIELD);

        KrakenException e = assertThrows(KrakenException.class, () -> exchanger.exchange("a-valid-key", "198.51.100.7"));

        assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, e.authError().orElseThrow());
        chain.kraken.keys.put("a-valid-key", chain.krakenToken("PRE-SIGNED-KEY"));
        exchanger.exchange("a-valid-key", "198.51.100.7");
        assertEquals(2, chain.kraken.exchanges.get(), "the key was asked about again, not refused from memory");
    }

    @Test
    void an_exchange_kraken_refuses_is_remembered() {
        chain.kraken.answersErrors("KT-CT-1139");

        assertThrows(KrakenException.class, () -> exchanger.exchange("a-random-key", "198.51.100.7"));
        assertThrows(KrakenException.class, () -> exchanger.exchange("a-random-key", "198.51.100.7"));

        assertEquals(1, chain.kraken.exchanges.get());
    }

    @Test
    void a_confirmation_answered_with_an_error_that_is_no_refusal_keeps_the_mobile_web_view_token() {
        withMobileWebView.kraken.answersErrors(DISABLED_FIELD);
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", withMobileWebView.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, withMobileWebView.resolve(http).method());
        assertEquals(1, withMobileWebView.kraken.confirmations.get());
        assertTrue(nothingCleared(http), http.setCookies.toString());
    }

    @Test
    void a_confirmation_kraken_refuses_clears_the_mobile_web_view_token() {
        withMobileWebView.kraken.answersErrors("KT-CT-1143");
        FakeHttp http = new FakeHttp().cookie("MWAuthToken", withMobileWebView.krakenToken("EMAIL-AND-PASSWORD"));

        assertEquals(AuthMethod.NONE, withMobileWebView.resolve(http).method());
        assertTrue(http.setCookie("MWAuthToken").contains("Max-Age=0"), http.setCookies.toString());
    }
}
