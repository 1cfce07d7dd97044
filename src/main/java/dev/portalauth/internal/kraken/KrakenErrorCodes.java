package dev.portalauth.internal.kraken;

import java.util.List;

import dev.portalauth.AuthErrorCode;

/** What Kraken's {@code extensions.errorCode} values mean for the visitor (classified by code, never by type). */
public final class KrakenErrorCodes {

    /** "The Kraken Token has expired" as the organisation-only mutations word it: renew and send once more. */
    public static final String ORGANIZATION_TOKEN_EXPIRED = "KT-CT-1120";

    private KrakenErrorCodes() {
    }

    /**
     * For an authentication operation: {@code RATE_LIMITED} for {@code KT-CT-1199}, else the
     * operation's own refusal ({@code PRE_SIGNED_KEY_INVALID}, {@code LOGIN_FAILED}, …) when a code
     * of {@link KrakenRefusals} is there, else {@code KRAKEN_UNAVAILABLE}: nothing is held against
     * the visitor's credential.
     */
    public static AuthErrorCode of(KrakenRefusals operation, List<String> codes) {
        if (codes.contains(KrakenRefusals.TOO_MANY_REQUESTS)) {
            return AuthErrorCode.RATE_LIMITED;
        }
        return operation.refuses(codes) ? operation.refused() : AuthErrorCode.KRAKEN_UNAVAILABLE;
    }

    /** For queries made as a user or the organisation: an auth meaning, or {@code null} for the query's own error. */
    public static AuthErrorCode ofQuery(List<String> codes) {
        if (codes.contains(KrakenRefusals.TOO_MANY_REQUESTS)) {
            return AuthErrorCode.RATE_LIMITED;
        }
        return KrakenRefusals.QUERY_TOKEN.refuses(codes) ? AuthErrorCode.UNAUTHENTICATED : null;
    }
}
