package dev.portalauth;

import java.util.List;

/** A Kraken call failed: GraphQL {@code errors[]} (with every {@code extensions.errorCode}) or no usable answer. */
public class KrakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AuthErrorCode code;
    private final List<String> errorCodes;

    public KrakenException(AuthErrorCode code, List<String> errorCodes, String message) {
        super(message);
        this.code = code;
        this.errorCodes = List.copyOf(errorCodes);
    }

    /** What the failure means for authentication, e.g. {@code KRAKEN_UNAVAILABLE}, {@code UNAUTHENTICATED}. */
    public AuthErrorCode code() {
        return code;
    }

    /** Kraken's {@code extensions.errorCode} values ({@code KT-CT-…}), in the order Kraken gave them. */
    public List<String> errorCodes() {
        return errorCodes;
    }

    public boolean hasErrorCode(String errorCode) {
        return errorCodes.contains(errorCode);
    }
}
