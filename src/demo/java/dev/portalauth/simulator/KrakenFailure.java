package dev.portalauth.simulator;

/**
 * A refusal thrown by a data fetcher; {@link KrakenErrorEnvelope} turns it into an entry of
 * {@code errors[]}. Carries no stack trace: it is an answer, not a bug.
 */
final class KrakenFailure extends RuntimeException {

    private final String code;
    private final String type;
    private final String description;

    KrakenFailure(String code, String type, String message, String description) {
        super(message, null, false, false);
        this.code = code;
        this.type = type;
        this.description = description;
    }

    /** A failure for any code, e.g. one a test injects: known codes keep Kraken's wording. */
    static KrakenFailure forCode(String code) {
        return KrakenError.byCode(code)
                .map(KrakenError::failure)
                .orElseGet(() -> new KrakenFailure(code, "APPLICATION", "Simulated fault.",
                        "An error injected by the Kraken simulator."));
    }

    String code() {
        return code;
    }

    String type() {
        return type;
    }

    String description() {
        return description;
    }
}
