package dev.portalauth.internal.kraken;

import java.util.List;
import java.util.Set;

import dev.portalauth.AuthErrorCode;

/** Kraken's {@code extensions.errorCode} values the module reacts to (classified by code, never by type). */
public final class KrakenErrorCodes {

    public static final String TOO_MANY_REQUESTS = "KT-CT-1199";
    /** "The Kraken Token has expired" as the organisation-only mutations word it. */
    public static final String ORGANIZATION_TOKEN_EXPIRED = "KT-CT-1120";

    /** Codes meaning the token in {@code Authorization} is not (or no longer) good. */
    private static final Set<String> TOKEN_REFUSED = Set.of(
            "KT-CT-1124", "KT-CT-1120", "KT-CT-1143", "KT-CT-1139", "KT-CT-1111");

    private KrakenErrorCodes() {
    }

    /**
     * What a refusal means for the session: rate limiting wins, else the operation's own refusal
     * code ({@code PRE_SIGNED_KEY_INVALID} for an exchange, {@code LOGIN_FAILED} for a login, …).
     */
    public static AuthErrorCode refusal(List<String> codes, AuthErrorCode operationRefused) {
        return codes.contains(TOO_MANY_REQUESTS) ? AuthErrorCode.RATE_LIMITED : operationRefused;
    }

    /** For queries made as the user: an auth meaning, or {@code null} for a business error. */
    public static AuthErrorCode ofUserQuery(List<String> codes) {
        if (codes.contains(TOO_MANY_REQUESTS)) {
            return AuthErrorCode.RATE_LIMITED;
        }
        return codes.stream().anyMatch(TOKEN_REFUSED::contains) ? AuthErrorCode.UNAUTHENTICATED : null;
    }
}
