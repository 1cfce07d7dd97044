package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;

/** Anon pathnames — a key makes this very request scoped, once per key and without a second Kraken call. */
class AnonPathnamesSpec {

    private static final String KEY = "Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl";
    private static final String OTHER_KEY = "Hv8Trr_5yujzu1U7-Mlx4tjQtpjibJni";

    private final ChainFixture chain = new ChainFixture("kraken.auth.routes.anon.allow-list", "/anon/help/**");
    private final AnonGate gate = new AnonGate(chain.settings.routes(), chain.settings.anonKeys(), new DefaultAnonParamsExtractor("key"),
            new KeyExchanger(chain.kraken, chain.verifier.tokens(), chain.sessionCookies,
                    new RefusedKeys(100, Duration.ofMinutes(1), Duration.ofHours(2), chain.clock), chain.limits, 100,
                    chain.clock),
            chain.sessionCookies, chain.verifier,
            new RefusedKeys(100, Duration.ofMinutes(1), Duration.ofHours(2), chain.clock), chain.cookies, chain.names);

    AnonPathnamesSpec() {
        chain.kraken.keys.put(KEY, chain.krakenToken("PRE-SIGNED-KEY"));
        chain.kraken.keys.put(OTHER_KEY, chain.krakenToken("PRE-SIGNED-KEY"));
    }

    private RequestAuth visit(FakeHttp http) {
        RequestAuth auth = chain.resolve(http);
        gate.apply(auth);
        return auth;
    }

    @Test
    void aKeyIsExchangedAndThisVeryRequestIsScoped() {
        FakeHttp http = new FakeHttp().path("/anon/" + KEY + "/meter-reading");

        RequestAuth auth = visit(http);

        assertEquals(AuthMethod.SCOPED, auth.method());
        assertTrue(auth.anon().exchanged());
        assertTrue(http.setCookie("scopedToken") != null && http.setCookie("scopedTokenBinding") != null);
        assertEquals("no-referrer", http.responseHeaders.get("Referrer-Policy"));
    }

    @Test
    void theScopedTokenFromTheSameKeyIsReusedWithoutKraken() {
        FakeHttp first = new FakeHttp().path("/anon/" + KEY + "/step-1");
        visit(first);
        FakeHttp second = new FakeHttp().path("/anon/" + KEY + "/step-2")
                .cookie("scopedToken", first.setCookieValue("scopedToken"))
                .cookie("scopedTokenBinding", first.setCookieValue("scopedTokenBinding"));

        RequestAuth auth = visit(second);

        assertEquals(AuthMethod.SCOPED, auth.method());
        assertFalse(auth.anon().exchanged());
        assertEquals(1, chain.kraken.exchanges.get());
        assertTrue(second.setCookies.isEmpty());
    }

    @Test
    void aScopedSessionFromAnotherKeyIsExchangedAgain() {
        FakeHttp first = new FakeHttp().path("/anon/" + KEY + "/x");
        visit(first);
        FakeHttp other = new FakeHttp().path("/anon/" + OTHER_KEY + "/x")
                .cookie("scopedToken", first.setCookieValue("scopedToken"))
                .cookie("scopedTokenBinding", first.setCookieValue("scopedTokenBinding"));

        assertTrue(visit(other).anon().exchanged());
        assertEquals(2, chain.kraken.exchanges.get());
    }

    @Test
    void aFullSessionIsKeptWithoutAnExchange() {
        String token = chain.krakenToken("MASQUERADE");
        FakeHttp http = new FakeHttp().path("/anon/" + KEY + "/x").cookie("masqueradeToken", token)
                .cookie("masqueradeTokenBinding", chain.binding(AuthMethod.MASQUERADE, token, null, null));

        assertEquals(AuthMethod.MASQUERADE, visit(http).method());
        assertEquals(0, chain.kraken.exchanges.get());
    }

    @Test
    void noKeyAndNoScopedSessionIsPreSignedKeyMissing() {
        RequestAuth auth = visit(new FakeHttp().path("/anon"));

        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_MISSING, auth.anon().error());
    }

    @Test
    void aKeyKrakenRefusesSetsNoCookieAndSaysInvalid() {
        FakeHttp http = new FakeHttp().path("/anon/unknown-key/x");

        RequestAuth auth = visit(http);

        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, auth.anon().error());
        assertEquals(AuthMethod.NONE, auth.method());
        assertTrue(http.setCookies.isEmpty());
    }

    @Test
    void aMalformedKeyNeverReachesKraken() {
        RequestAuth auth = visit(new FakeHttp().path("/anon/x").query("key=" + "k".repeat(600)));

        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, auth.anon().error());
        assertEquals(0, chain.kraken.exchanges.get());
    }

    @Test
    void anAllowListedPathNeedsNoKey() {
        RequestAuth auth = visit(new FakeHttp().path("/anon/help/faq"));

        assertNull(auth.anon().error());
        assertEquals(0, chain.kraken.exchanges.get());
    }

}
