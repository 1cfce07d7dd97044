package dev.portalauth;

import java.util.List;
import java.util.Optional;

/** A Kraken call failed: GraphQL {@code errors[]} (with every {@code extensions.errorCode}) or no usable answer. */
public class KrakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the failure means for authentication; {@code null} for a business error. */
    private final AuthErrorCode code;
    /** Kraken's {@code extensions.errorCode} values. */
    private final List<String> errorCodes;

    /**
     * A failed Kraken call.
     *
     * @param code what it means for authentication; {@code null} for a business error that says
     *             nothing about authentication
     * @param errorCodes Kraken's {@code extensions.errorCode} values, in Kraken's order
     * @param message what failed (never a token or a key)
     */
    public KrakenException(AuthErrorCode code, List<String> errorCodes, String message) {
        super(message);
        this.code = code;
        this.errorCodes = List.copyOf(errorCodes);
    }

    /**
     * {@return what the failure means for authentication ({@code KRAKEN_UNAVAILABLE}, {@code UNAUTHENTICATED},
     * {@code RATE_LIMITED}, …); empty for business errors of the query itself}
     */
    public Optional<AuthErrorCode> authError() {
        return Optional.ofNullable(code);
    }

    /** {@return Kraken's {@code extensions.errorCode} values ({@code KT-CT-…}), in the order Kraken gave them} */
    public List<String> errorCodes() {
        return errorCodes;
    }

    /**
     * Whether Kraken gave this {@code extensions.errorCode}.
     *
     * @param errorCode a Kraken error code, e.g. {@code KT-CT-4301}
     * @return whether it is among {@link #errorCodes()}
     */
    public boolean hasErrorCode(String errorCode) {
        return errorCodes.contains(errorCode);
    }
}
