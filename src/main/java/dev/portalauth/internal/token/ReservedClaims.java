package dev.portalauth.internal.token;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registered and identity claims: never set by an application payload, never
 * overwritten when guest claims are merged into a session.
 */
public final class ReservedClaims {

    /** {@code iss sub aud exp nbf iat jti typ groups upn scope gty tokenUse email}. */
    public static final Set<String> NAMES = Set.of(
            "iss", "sub", "aud", "exp", "nbf", "iat", "jti", "typ",
            "groups", "upn", "scope", "gty", "tokenUse", "email");

    private ReservedClaims() {
    }

    /**
     * @throws IllegalArgumentException naming (not echoing the values of) every reserved claim in {@code claims}
     */
    public static void requireNone(Map<String, ?> claims) {
        Set<String> found = namesIn(claims, NAMES);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException(TokenMessages.RESERVED_CLAIMS.format(found));
        }
    }

    /** Which of {@code names} {@code claims} holds, sorted for a stable message. */
    static Set<String> namesIn(Map<String, ?> claims, Set<String> names) {
        Set<String> found = new TreeSet<>(claims.keySet());
        found.retainAll(names);
        return found;
    }

    /** The application claims of {@code claims}: the reserved ones removed, deeply unmodifiable. */
    static Map<String, Object> withoutReserved(Map<String, Object> claims) {
        Map<String, Object> application = new LinkedHashMap<>(claims);
        application.keySet().removeAll(NAMES);
        return ImmutableClaims.copyOf(application);
    }
}
