package dev.portalauth.internal.observe;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;

/** How one Kraken authentication call ended, as a metric tag. */
public enum Outcome {
    SUCCESS,
    /** Kraken (or the module on Kraken's behalf, e.g. a key refused lately) said no. */
    REFUSED,
    /** No usable answer: Kraken down, slow, garbled, or a breaker or bulkhead refused the call. */
    UNAVAILABLE,
    /** Kraken's rate limit or the module's own. */
    RATE_LIMITED;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The outcome a failure means; anything that is not a {@link KrakenException} left no usable answer. */
    public static Outcome of(Throwable failure) {
        if (!(failure instanceof KrakenException kraken)) {
            return UNAVAILABLE;
        }
        AuthErrorCode code = kraken.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE);
        return switch (code) {
            case KRAKEN_UNAVAILABLE -> UNAVAILABLE;
            case RATE_LIMITED -> RATE_LIMITED;
            default -> REFUSED;
        };
    }
}
