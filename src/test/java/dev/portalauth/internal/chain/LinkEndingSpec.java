package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;

/**
 * {@code Session.endLink()}: one {@code invalidatePreSignedToken} for the key the scoped session came
 * from, sent as its token with the visitor's address; the scoped cookie and its binding are cleared
 * whatever Kraken answers; every other session of the link loses it at its next request on an anon
 * pathname (before any reuse), and the key is refused without a Kraken call while it is remembered.
 */
class LinkEndingSpec {

    private static final String KEY = "Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl";

    private final ChainFixture chain = new ChainFixture();
    private final RefusedKeys keys = new RefusedKeys(100, Duration.ofMinutes(1), Duration.ofHours(2), chain.clock);
    private final FakeKrakenEndings endings = new FakeKrakenEndings();
    private final AnonGate gate = new AnonGate(chain.settings.routes(), chain.settings.anonKeys(), new DefaultAnonParamsExtractor("key"),
            new KeyExchanger(chain.kraken, chain.verifier.tokens(), chain.sessionCookies, keys, chain.limits, 100,
                    chain.clock),
            chain.sessionCookies, chain.verifier, keys, chain.cookies, chain.names);
    private final LinkEnding linkEnding = new LinkEnding(endings, keys, chain.cookies, chain.names);
    private final String scopedToken = chain.krakenToken("PRE-SIGNED-KEY");

    LinkEndingSpec() {
        chain.kraken.keys.put(KEY, scopedToken);
    }

    private RequestAuth visit(FakeHttp http) {
        RequestAuth auth = chain.resolve(http);
        gate.apply(auth);
        return auth;
    }

    /** A browser that opened the link earlier: its scoped cookies. */
    private FakeHttp returning(String path) {
        FakeHttp first = new FakeHttp().path("/anon/" + KEY + "/open");
        visit(first);
        return new FakeHttp().path(path)
                .cookie("scopedToken", first.setCookieValue("scopedToken"))
                .cookie("scopedTokenBinding", first.setCookieValue("scopedTokenBinding"));
    }

    @Test
    void theKeyExchangedOnThisRequestIsEndedAsItsScopedTokenWithTheVisitorsAddress() {
        FakeHttp http = new FakeHttp().path("/anon/" + KEY + "/submit").from("203.0.113.5");
        RequestAuth auth = visit(http);

        assertTrue(linkEnding.end(auth));

        assertEquals(List.of(new FakeKrakenEndings.Sent("invalidatePreSignedToken", KEY, scopedToken, "203.0.113.5")),
                endings.sent);
        assertTrue(http.cleared("scopedToken") && http.cleared("scopedTokenBinding"));
        assertEquals(AuthMethod.NONE, auth.method());
    }

    @Test
    void theKeyItsBindingNamesIsEndedOnALaterRequest() {
        RequestAuth auth = visit(returning("/anon/" + KEY + "/submit"));
        int exchanges = chain.kraken.exchanges.get();

        linkEnding.end(auth);

        assertEquals(KEY, endings.sent.get(0).token());
        assertEquals(1, exchanges, "reused, not exchanged again");
    }

    @Test
    void whenKrakenFailsTheSessionEndsAllTheSame() {
        endings.confirms = false;
        FakeHttp http = new FakeHttp().path("/anon/" + KEY + "/submit");

        assertFalse(linkEnding.end(visit(http)));

        assertTrue(http.cleared("scopedToken") && http.cleared("scopedTokenBinding"));
        assertEquals(1, endings.sent.size());
    }

    @Test
    void anotherBrowserOfTheLinkLosesItsSessionAtItsNextRequestEvenWithoutTheKey() {
        FakeHttp other = returning("/anon");
        linkEnding.end(visit(new FakeHttp().path("/anon/" + KEY + "/submit")));

        RequestAuth auth = visit(other);

        assertEquals(AuthMethod.NONE, auth.method());
        assertTrue(other.cleared("scopedToken") && other.cleared("scopedTokenBinding"));
        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_MISSING, auth.anon().error());
    }

    @Test
    void theEndedKeyIsRefusedWithoutAKrakenCall() {
        linkEnding.end(visit(new FakeHttp().path("/anon/" + KEY + "/submit")));
        int exchanges = chain.kraken.exchanges.get();

        RequestAuth auth = visit(new FakeHttp().path("/anon/" + KEY + "/submit"));

        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, auth.anon().error());
        assertEquals(exchanges, chain.kraken.exchanges.get());
    }

    @Test
    void theMemoryLastsTheConfiguredTime() {
        linkEnding.end(visit(new FakeHttp().path("/anon/" + KEY + "/submit")));
        chain.clock.advance(Duration.ofHours(2).plusSeconds(1));
        chain.kraken.keys.put(KEY, chain.krakenToken("PRE-SIGNED-KEY"));

        assertEquals(AuthMethod.SCOPED, visit(new FakeHttp().path("/anon/" + KEY + "/again")).method());
    }

    @Test
    void anythingButAScopedSessionWithItsKeyIsRefusedAndNothingIsSent() {
        RequestAuth scopedWithoutKey = visit(returning("/anon"));
        RequestAuth none = visit(new FakeHttp().path("/dashboard"));

        assertThrows(IllegalStateException.class, () -> linkEnding.end(scopedWithoutKey));
        assertThrows(IllegalStateException.class, () -> linkEnding.end(none));
        assertEquals(List.of(), endings.sent);
    }

    @Test
    void aCommittedResponseIsRefused() {
        FakeHttp http = new FakeHttp().path("/anon/" + KEY + "/submit");
        RequestAuth auth = visit(http);
        http.commit();

        assertThrows(IllegalStateException.class, () -> linkEnding.end(auth));
        assertEquals(List.of(), endings.sent);
    }
}
