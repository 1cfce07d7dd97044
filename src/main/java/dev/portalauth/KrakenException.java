package dev.portalauth;

import java.util.List;
import java.util.Optional;

/** A Kraken call failed: GraphQL {@code errors[]} (with every {@code extensions.errorCode}) or no usable answer. */
public class KrakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AuthErrorCode code;
    private final List<String> errorCodes;

    /** {@code code} may be {@code null}: a business error that says nothing about authentication. */
    public KrakenException(AuthErrorCode code, List<String> errorCodes, String message) {
        super(message);
        this.code = code;
        this.errorCodes = List.copyOf(errorCodes);
    }

    /**
     * What the failure means for authentication ({@code KRAKEN_UNAVAILABLE}, {@code UNAUTHENTICATED},
     * {@code RATE_LIMITED}, …); empty for business errors of the query itself.
     */
    public Optional<AuthErrorCode> authError() {
        return Optional.ofNullable(code);
    }

    /** Kraken's {@code extensions.errorCode} values ({@code KT-CT-…}), in the order Kraken gave them. */
    public List<String> errorCodes() {
        return errorCodes;
    }

    public boolean hasErrorCode(String errorCode) {
        return errorCodes.contains(errorCode);
    }
}
