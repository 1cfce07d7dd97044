package dev.portalauth.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fault switched on through the control API. {@code operations} names top-level fields
 * ({@code obtainKrakenToken}) or credential kinds ({@code obtainKrakenToken.refreshToken}); empty
 * means every GraphQL call.
 */
record FaultPlan(int latencyMs, FaultMode mode, String errorCode, Set<String> operations) {

    static final FaultPlan NONE = new FaultPlan(0, FaultMode.NONE, null, Set.of());

    private static final String SERVER_ERROR_PAGE = "<h1>Server Error (500)</h1>";
    private static final String TOO_MANY_REQUESTS_PAGE = "<h1>Too Many Requests (429)</h1>";

    FaultPlan {
        operations = Set.copyOf(operations);
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative");
        }
        if (mode == FaultMode.GRAPHQL_ERROR && (errorCode == null || errorCode.isBlank())) {
            throw new IllegalArgumentException("errorCode is required for GRAPHQL_ERROR");
        }
    }

    /**
     * When this fault applies to {@code requested}: waits its latency, then the answer of a fault
     * that breaks HTTP itself (see {@link #brokenAnswer()}); empty when the call goes on (perhaps
     * with an {@linkplain #injectsErrorInto injected error}).
     */
    Optional<SimulatorResponse> interrupt(RequestedFields requested) {
        if (!appliesTo(requested)) {
            return Optional.empty();
        }
        pause();
        return brokenAnswer();
    }

    /** Whether {@code requested} gets an error of the fault's code instead of its answer. */
    boolean injectsErrorInto(RequestedFields requested) {
        return mode == FaultMode.GRAPHQL_ERROR && appliesTo(requested);
    }

    /**
     * The answer of a fault that breaks HTTP itself — a body that is not JSON, an error status, a
     * dropped connection — the same on every simulated endpoint; empty for {@code NONE} and for
     * {@code GRAPHQL_ERROR}, which each endpoint words its own way.
     */
    private Optional<SimulatorResponse> brokenAnswer() {
        return switch (mode) {
            case MALFORMED_BODY -> Optional.of(SimulatorResponse.json(200, "{not json"));
            case EMPTY_BODY -> Optional.of(SimulatorResponse.json(200, ""));
            case HTTP_500 -> Optional.of(new SimulatorResponse(500, "text/html", SERVER_ERROR_PAGE));
            case HTTP_429 -> Optional.of(new SimulatorResponse(429, "text/html", TOO_MANY_REQUESTS_PAGE));
            case CLOSE_CONNECTION, HEADERS_ONLY, CLOSE_AFTER_REQUEST, RESET_AFTER_REQUEST ->
                    Optional.of(SimulatorResponse.dropTheConnection(mode));
            case NONE, GRAPHQL_ERROR -> Optional.empty();
        };
    }

    /** Waits the fault's latency, as a slow Kraken would. */
    private void pause() {
        if (latencyMs <= 0) {
            return;
        }
        try {
            Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean appliesTo(RequestedFields requested) {
        return operations.isEmpty() || !faultedFields(requested).isEmpty();
    }

    /** The requested top-level fields this fault hits. */
    Set<String> faultedFields(RequestedFields requested) {
        if (operations.isEmpty()) {
            return requested.fields();
        }
        return requested.counterNamesByField().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(operations::contains))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
