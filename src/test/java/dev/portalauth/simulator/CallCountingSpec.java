package dev.portalauth.simulator;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portalauth.demo.DemoQueries;

/** Every GraphQL (and OAuth token) call received is counted, failed ones included: in all, per top-level field and per credential kind. */
class CallCountingSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void a_fresh_simulator_reports_every_counter_at_zero() {
        assertEquals(Map.ofEntries(Map.entry("total", 0L), Map.entry("obtainKrakenToken", 0L),
                Map.entry("obtainKrakenToken.preSignedKey", 0L), Map.entry("obtainKrakenToken.email", 0L),
                Map.entry("obtainKrakenToken.refreshToken", 0L), Map.entry("masqueradeAuthentication", 0L),
                Map.entry("account", 0L), Map.entry("viewer", 0L), Map.entry("invalidateRefreshToken", 0L),
                Map.entry("forceReauthentication", 0L), Map.entry("generatePreSignedToken", 0L),
                Map.entry("invalidatePreSignedToken", 0L), Map.entry("oauthToken", 0L),
                Map.entry("oauthToken.authorization_code", 0L), Map.entry("oauthToken.refresh_token", 0L)),
                harness.simulator.calls());
    }

    @Test
    void calls_are_counted_per_field_and_per_kind_of_credential_whether_they_succeed_or_not() {
        harness.login();
        harness.obtainKrakenToken(Map.of("email", DEMO_EMAIL, "password", "wrong"));
        harness.scopedToken(METER_READINGS_KEY);
        harness.obtainKrakenToken(Map.of("refreshToken", "unknown"));
        harness.graphql(DemoQueries.VIEWER, Map.of(), null);

        Map<String, Long> calls = harness.simulator.calls();
        assertEquals(5L, calls.get("total"));
        assertEquals(4L, calls.get("obtainKrakenToken"));
        assertEquals(2L, calls.get("obtainKrakenToken.email"));
        assertEquals(1L, calls.get("obtainKrakenToken.preSignedKey"));
        assertEquals(1L, calls.get("obtainKrakenToken.refreshToken"));
        assertEquals(1L, calls.get("viewer"));
    }

    @Test
    void a_credential_given_inline_in_the_document_is_counted_by_its_kind() {
        harness.graphql("mutation { obtainKrakenToken(input: {preSignedKey: \"" + METER_READINGS_KEY + "\"}) { token } }",
                Map.of(), null);
        assertEquals(1L, harness.simulator.calls().get("obtainKrakenToken.preSignedKey"));
    }

    @Test
    void calls_cut_short_by_a_fault_are_counted() {
        harness.simulator.fault(new FaultPlan(0, FaultMode.HTTP_500, null, Set.of()));
        harness.simulator.handleGraphql(body(OBTAIN_KRAKEN_TOKEN, Map.of("input", Map.of("preSignedKey", FEEDBACK_KEY))), null);
        assertEquals(1L, harness.simulator.calls().get("obtainKrakenToken.preSignedKey"));
    }

    @Test
    void a_body_that_is_not_json_counts_in_the_total_only() {
        assertEquals(400, harness.simulator.handleGraphql("{not json", null).status());
        assertEquals(1L, harness.simulator.calls().get("total"));
        assertEquals(0L, harness.simulator.calls().get("obtainKrakenToken"));
    }

    @Test
    void concurrent_calls_are_all_counted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> harness.obtainKrakenToken(Map.of("preSignedKey", METER_READINGS_KEY)));
            }
            for (Future<Object> done : pool.invokeAll(calls)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200L, harness.simulator.calls().get("total"));
        assertEquals(200L, harness.simulator.calls().get("obtainKrakenToken.preSignedKey"));
    }

    @Test
    void a_reset_sets_the_counters_back_to_zero() {
        harness.login();
        harness.simulator.reset();
        assertEquals(0L, harness.simulator.calls().get("total"));
        assertEquals(0L, harness.simulator.calls().get("obtainKrakenToken"));
    }
}
