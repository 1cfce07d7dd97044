package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.shared.LocalMemory;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.support.FakeHttp;

/**
 * The refresh hand-over lives in the memories a refresher is given: nodes given the same (shared)
 * memories hand over each other's refresh without a Kraken call, and a logout on one ends the
 * hand-over on all — for the refresh token it carried and the one that token replaced.
 */
class SharedHandOverSpec {

    private final ChainFixture chain = new ChainFixture();
    private final Memory handOvers = new LocalMemory(100, chain.clock);
    private final Memory predecessors = new LocalMemory(100, chain.clock);
    private final TokenRefresher nodeA = node();
    private final TokenRefresher nodeB = node();

    SharedHandOverSpec() {
        String fresh = chain.krakenToken("REFRESH-TOKEN");
        chain.kraken.refreshAnswer = () -> new ObtainedToken(fresh, Optional.of("refresh-2"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7))));
    }

    /** A node of its own (its own single flight) over the shared memories. */
    private TokenRefresher node() {
        return new TokenRefresher(chain.kraken, chain.oauth, chain.verifier, chain.sessionCookies, chain.limits,
                handOvers, predecessors, 100, chain.clock);
    }

    private static RequestAuth request() {
        return RequestAuths.of(new FakeHttp());
    }

    @Test
    void aRefreshOnOneNodeIsHandedOverOnAnotherWithoutAKrakenCall() {
        String onA = nodeA.refresh("refresh-1", null, request()).raw();
        FakeHttp onBsResponse = new FakeHttp();
        String onB = nodeB.refresh("refresh-1", null, RequestAuths.of(onBsResponse)).raw();

        assertEquals(onA, onB);
        assertEquals(1, chain.kraken.refreshes.get());
        assertEquals("refresh-2", onBsResponse.setCookieValue("refreshToken"), "B sets the session A's refresh made");
    }

    @Test
    void aLogoutOnOneNodeEndsTheHandOverOnTheOthers() {
        nodeA.refresh("refresh-1", null, request());

        nodeA.forget("refresh-2"); // the logout carries the new refresh token
        nodeB.refresh("refresh-1", null, request());

        assertEquals(2, chain.kraken.refreshes.get(), "a copy of the old cookies on B goes to Kraken, which decides");
    }
}
