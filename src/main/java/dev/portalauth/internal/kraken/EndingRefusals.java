package dev.portalauth.internal.kraken;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Kraken's refusal codes mean for the mutations that end sessions and links, per operation (as
 * the schema documents them): the caller lacks a permission, Kraken rate limits, or anything else.
 * Each of them only ever makes an ending not confirmed; none is retried.
 */
public final class EndingRefusals {

    /** What a refusal of an ending means. */
    public enum Meaning {
        /** The caller may not do it: a permission is missing (or no usable token was sent). */
        UNAUTHORISED,
        RATE_LIMITED,
        /** Any other refusal: the token or key was unknown, already ended, or the input refused. */
        REFUSED
    }

    /** The codes by which each operation says the caller lacks its permission. */
    private static final Map<String, Set<String>> UNAUTHORISED = Map.of(
            "invalidateRefreshToken", Set.of("KT-CT-1130", "KT-CT-1111", "KT-CT-1112"),
            "forceReauthentication", Set.of("KT-CT-1111", "KT-CT-1112"),
            "generatePreSignedToken", Set.of("KT-CT-1128", "KT-CT-1131", "KT-CT-1111", "KT-CT-1112"),
            "invalidatePreSignedToken", Set.of("KT-CT-1129", "KT-CT-1111", "KT-CT-1112"));

    /** The Kraken permission each operation needs, named in the warning when it is missing. */
    private static final Map<String, String> PERMISSION = Map.of(
            "invalidateRefreshToken", "Can invalidate refresh tokens",
            "forceReauthentication", "a user's own token",
            "generatePreSignedToken", "Can generate pre-signed tokens",
            "invalidatePreSignedToken", "Can invalidate pre-signed tokens");

    private EndingRefusals() {
    }

    public static Meaning of(String operation, List<String> codes) {
        if (codes.contains(KrakenRefusals.TOO_MANY_REQUESTS)) {
            return Meaning.RATE_LIMITED;
        }
        Set<String> unauthorised = UNAUTHORISED.getOrDefault(operation, Set.of());
        return codes.stream().anyMatch(unauthorised::contains) ? Meaning.UNAUTHORISED : Meaning.REFUSED;
    }

    /** The permission {@code operation} needs, as Kraken's admin names it. */
    public static String permission(String operation) {
        return PERMISSION.getOrDefault(operation, "a Kraken permission");
    }
}
