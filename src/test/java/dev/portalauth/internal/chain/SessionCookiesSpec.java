package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.KrakenIssuer;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.Verdict;

/** What the module sets — every Kraken token with its binding, and never a cookie browsers drop. */
class SessionCookiesSpec {

    private final ChainFixture chain = new ChainFixture();

    private KrakenToken decoded(String raw) {
        return chain.verifier.tokens().decode(raw).orElseThrow();
    }

    @Test
    void aLoginSetsTheAccessTokenRefreshTokenAndABindingThatProvesThemAsAnAccessSession() {
        KrakenToken access = decoded(chain.krakenToken("EMAIL-AND-PASSWORD"));
        ObtainedToken obtained = new ObtainedToken(access.raw(), Optional.of("refresh-1"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
        FakeHttp http = new FakeHttp();

        chain.sessionCookies.write(http.response(), chain.sessionCookies.access(access, obtained, null, "login"));

        assertEquals(List.of("accessToken", "refreshToken", "accessTokenBinding"),
                http.setCookies.stream().map(c -> c.substring(0, c.indexOf('='))).toList());
        assertTrue(http.setCookie("accessTokenBinding").contains("Max-Age=604800"), http.setCookie("accessTokenBinding"));
        FakeHttp next = new FakeHttp().cookie("accessToken", access.raw())
                .cookie("refreshToken", "refresh-1").cookie("accessTokenBinding", http.setCookieValue("accessTokenBinding"));
        assertEquals(AuthMethod.ACCESS_TOKEN, chain.resolve(next).method());
    }

    @Test
    void aScopedTokensBindingNamesTheKeyItCameFrom() {
        KrakenToken scoped = decoded(chain.krakenToken("PRE-SIGNED-KEY"));
        FakeHttp http = new FakeHttp();

        chain.sessionCookies.write(http.response(), chain.sessionCookies.scoped(scoped, "key-1"));

        var binding = chain.verifier.binding(http.setCookieValue("scopedTokenBinding"));
        assertEquals(AuthMethod.SCOPED, binding.kind());
        assertEquals(dev.portalauth.internal.support.Hashes.sha256("key-1"), binding.keyHash());
        assertTrue(!http.setCookie("scopedTokenBinding").contains("key-1"));
    }

    @Test
    void aMasqueradeTokenAndItsBindingLastTheBrowserSession() {
        KrakenToken token = decoded(chain.krakenToken("MASQUERADE"));
        FakeHttp http = new FakeHttp();

        chain.sessionCookies.write(http.response(), chain.sessionCookies.masquerade(token));

        assertTrue(http.setCookies.stream().noneMatch(c -> c.contains("Max-Age")), http.setCookies.toString());
        assertEquals(Verdict.PROVEN, chain.verifier.prove(AuthMethod.MASQUERADE, token.raw(),
                http.setCookieValue("masqueradeTokenBinding"), null).verdict());
    }

    @Test
    void aTokenTooLargeForACookieFailsAsKrakenUnavailableBeforeAnyCookieIsWritten() {
        KrakenToken huge = decoded(chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", "PRE-SIGNED-KEY")
                .claim("padding", "x".repeat(4000)).build()));

        KrakenException e = assertThrows(KrakenException.class, () -> chain.sessionCookies.scoped(huge, "key-1"));

        assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE), e.authError());
    }

    @Test
    void theWriterRefusesAnyCookieBrowsersWouldDrop() {
        FakeHttp http = new FakeHttp();

        assertTrue(CookieWriter.fits("jwt", "x".repeat(4093)));
        assertTrue(!CookieWriter.fits("jwt", "x".repeat(4094)));
        assertThrows(IllegalStateException.class, () -> chain.cookies.set(http.response(), "jwt", "x".repeat(4094), 60));
        assertTrue(http.setCookies.isEmpty());
    }

}
