package dev.portalauth.internal.token;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;

/**
 * Turns an untrusted string into a parsed JWS, or nothing. A cheap pre-check first rejects,
 * without allocating, anything that cannot be a compact JWS of sane size, so garbage cookies cost
 * next to nothing.
 */
final class CompactJws {

    /** Larger than any cookie a browser keeps (4 KB), with room for headers. */
    static final int MAX_CHARS = 8 * 1024;

    private CompactJws() {
    }

    /**
     * The signed JWT in {@code raw}, its claims already parsed; empty when it is not one. Unsecured
     * ({@code alg: none}) and encrypted tokens are not signed JWTs. Nothing is verified yet.
     */
    static Optional<SignedJWT> parse(String raw) {
        if (!isPlausible(raw)) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(raw);
            jwt.getJWTClaimsSet();
            return jwt.getSignature().toString().isEmpty() ? Optional.empty() : Optional.of(jwt);
        } catch (ParseException | RuntimeException e) {
            // Nimbus also throws unchecked exceptions on some malformed input (a JSON null header).
            return Optional.empty();
        }
    }

    static boolean isPlausible(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_CHARS) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!isBase64Url(c)) {
                return false;
            }
        }
        return dots == 2;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
