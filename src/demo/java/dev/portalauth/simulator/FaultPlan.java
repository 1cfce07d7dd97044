package dev.portalauth.simulator;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fault switched on through the control API. {@code operations} names top-level fields
 * ({@code obtainKrakenToken}) or credential kinds ({@code obtainKrakenToken.refreshToken}); empty
 * means every GraphQL call.
 */
record FaultPlan(int latencyMs, FaultMode mode, String errorCode, Set<String> operations) {

    static final FaultPlan NONE = new FaultPlan(0, FaultMode.NONE, null, Set.of());

    FaultPlan {
        operations = Set.copyOf(operations);
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative");
        }
        if (mode == FaultMode.GRAPHQL_ERROR && (errorCode == null || errorCode.isBlank())) {
            throw new IllegalArgumentException("errorCode is required for GRAPHQL_ERROR");
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
