package dev.portalauth.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/**
 * The metrics facade: every outcome counter exists from the start, Kraken calls are timed under a
 * fixed set of operation names, and what callers pass as tag values cannot add series or carry a
 * secret.
 */
class PortalAuthMetricsSpec {

    private final InMemoryMetrics sink = new InMemoryMetrics();
    private final PortalAuthMetrics metrics = new PortalAuthMetrics(sink);

    @Test
    void everyFlowHasACounterPerOutcomeAtZeroBeforeAnythingHappens() {
        for (Flow flow : Flow.values()) {
            for (Outcome outcome : Outcome.values()) {
                assertTrue(sink.declared(flow.metric(), "outcome", outcome.tag()), flow + " " + outcome);
                assertEquals(0, sink.count(flow.metric(), "outcome", outcome.tag()));
            }
        }
    }

    @Test
    void anOutcomeMovesItsFlowsCounterOnly() {
        metrics.outcome(Flow.LOGIN, Outcome.REFUSED);

        assertEquals(1, sink.count("kpa_logins", "outcome", "refused"));
        assertEquals(0, sink.count("kpa_logins", "outcome", "success"));
        assertEquals(0, sink.count("kpa_exchanges", "outcome", "refused"));
    }

    @Test
    void aKrakenCallIsTimedUnderItsOperationWhetherItReturnsOrThrows() {
        String token = metrics.timeKrakenCall("obtainKrakenToken(email)", () -> "token");
        assertThrows(KrakenException.class, () -> metrics.timeKrakenCall("obtainKrakenToken(preSignedKey)", () -> {
            throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "down");
        }));

        assertSame("token", token);
        assertEquals(1, sink.timings("kpa_kraken_call", "operation", "login"));
        assertEquals(1, sink.timings("kpa_kraken_call", "operation", "exchange"));
    }

    @Test
    void anOperationNotListedIsTimedAsOtherSoNamesCannotGrowTheSeries() {
        metrics.timeKrakenCall("someNewMutation", () -> null);

        assertEquals(1, sink.timings("kpa_kraken_call", "operation", "other"));
    }

    @Test
    void aRateLimitIsCountedByItsNameAndANameThatIsNotAPlainWordAsOther() {
        metrics.rateLimited("exchange");
        metrics.rateLimited("203.0.113.9");
        metrics.rateLimited("Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl-1pU-SUGFp3EQNwwndHZAGjOaM_uBKbZ");

        assertEquals(1, sink.count("kpa_rate_limited", "limit", "exchange"));
        assertEquals(2, sink.count("kpa_rate_limited", "limit", "other"));
    }

    @Test
    void guestTokensIssuedAreCounted() {
        metrics.guestTokenIssued();
        metrics.guestTokenIssued();

        assertEquals(2, sink.count("kpa_guest_tokens_issued", null, null));
    }
}
