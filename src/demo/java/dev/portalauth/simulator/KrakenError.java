package dev.portalauth.simulator;

import java.util.Arrays;
import java.util.Optional;

/** The Kraken error codes the simulator answers with, as Kraken words them. */
enum KrakenError {

    UNAUTHORIZED("KT-CT-1111", "AUTHORIZATION", "Unauthorized.",
            "The viewer is not authorized to execute the query/mutation."),
    TOKEN_EXPIRED("KT-CT-1124", "AUTHORIZATION", "Token has expired.",
            "The Kraken Token has expired. Obtain a new one."),
    REFRESH_TOKEN_EXPIRED("KT-CT-1134", "VALIDATION", "Invalid data.", "The refresh token has expired."),
    REFRESH_TOKEN_INVALID("KT-CT-1135", "VALIDATION", "Invalid data.", "Invalid refresh token."),
    INVALID_CREDENTIALS("KT-CT-1138", "VALIDATION", "Invalid data.",
            "Please make sure the email address and password are correct."),
    AUTHENTICATION_FAILED("KT-CT-1139", "VALIDATION", "Invalid data.", "Authentication failed."),
    INVALID_AUTHORIZATION("KT-CT-1143", "AUTHORIZATION", "Unauthorized.",
            "Invalid 'Authorization' header value."),
    /** {@code generatePreSignedToken} without the permission to issue keys. */
    KEY_ISSUING_UNAUTHORIZED("KT-CT-1128", "AUTHORIZATION", "Unauthorized.",
            "The viewer may not generate pre-signed tokens."),
    /** {@code invalidatePreSignedToken} for a key the caller may not end (or no key of Kraken's). */
    KEY_ENDING_UNAUTHORIZED("KT-CT-1129", "AUTHORIZATION", "Unauthorized.",
            "The viewer may not invalidate this pre-signed token."),
    /** {@code invalidateRefreshToken} without the permission "Can invalidate refresh tokens". */
    REFRESH_TOKEN_ENDING_UNAUTHORIZED("KT-CT-1130", "AUTHORIZATION", "Unauthorized.",
            "The viewer lacks the permission to invalidate refresh tokens."),
    /** {@code generatePreSignedToken} for an email of no account user, or a number of days below one. */
    KEY_ISSUING_REFUSED("KT-CT-1131", "AUTHORIZATION", "Unauthorized.",
            "A pre-signed token cannot be generated for this user."),
    TOO_MANY_REQUESTS("KT-CT-1199", "RATE_LIMIT", "Too many requests.", "Too many requests.");

    private final String code;
    private final String type;
    private final String message;
    private final String description;

    KrakenError(String code, String type, String message, String description) {
        this.code = code;
        this.type = type;
        this.message = message;
        this.description = description;
    }

    String code() {
        return code;
    }

    String type() {
        return type;
    }

    String message() {
        return message;
    }

    String description() {
        return description;
    }

    static Optional<KrakenError> byCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    /** An error to throw from a data fetcher, with Kraken's own description. */
    KrakenFailure failure() {
        return new KrakenFailure(code, type, message, description);
    }

    /** An error to throw from a data fetcher, with a description saying more than Kraken's. */
    KrakenFailure failure(String specificDescription) {
        return new KrakenFailure(code, type, message, specificDescription);
    }
}
