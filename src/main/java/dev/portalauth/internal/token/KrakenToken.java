package dev.portalauth.internal.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.portalauth.internal.support.Hashes;

/**
 * A verified Kraken token (a cookie credential) as a MicroProfile {@link JsonWebToken}: the
 * caller name is the token's {@code sub}. Immutable; everything is computed once at
 * construction because instances are cached and read on every request.
 */
public final class KrakenToken implements JsonWebToken {

    private final String raw;
    private final String subject;
    private final Instant expiresAt;
    private final Map<String, Object> claims;
    private final Set<String> audience;
    private final Set<String> groups;
    /** Memos filled on first use, so a cached token answers them without work (racy but idempotent). */
    private volatile String hash;
    private volatile Verdict signature;

    /**
     * @param raw       the compact JWT as received
     * @param claimsSet its verified claims; {@code sub} and {@code exp} must be present
     */
    KrakenToken(String raw, JWTClaimsSet claimsSet) {
        this.raw = raw;
        this.subject = claimsSet.getSubject();
        this.expiresAt = claimsSet.getExpirationTime().toInstant();
        // toJSONObject() renders dates as epoch seconds, the MicroProfile JWT representation.
        this.claims = ImmutableClaims.copyOf(claimsSet.toJSONObject());
        this.audience = stringSet(claims.get(Claims.aud.name()));
        this.groups = stringSet(claims.get(Claims.groups.name()));
    }

    /** The compact JWT exactly as received. */
    public String raw() {
        return raw;
    }

    /** {@code Hashes.sha256} of the raw token: what a binding names it by. */
    public String hash() {
        String h = hash;
        if (h == null) {
            h = Hashes.sha256(raw);
            hash = h;
        }
        return h;
    }

    Verdict signature() {
        return signature;
    }

    void signature(Verdict verdict) {
        this.signature = verdict;
    }

    /** The {@code sub} claim, e.g. {@code kraken|account-user:123}. */
    public String subject() {
        return subject;
    }

    /** The {@code exp} claim. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Every claim in its JSON form (dates as epoch seconds); deeply unmodifiable. */
    public Map<String, Object> claims() {
        return claims;
    }

    /** The claim when it is a JSON string. */
    public Optional<String> stringClaim(String name) {
        return claims.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public String getRawToken() {
        return raw;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        Object value = switch (claimName) {
            case "raw_token" -> raw;
            case "aud" -> claims.containsKey(claimName) ? audience : null;
            case "groups" -> claims.containsKey(claimName) ? groups : null;
            case "exp", "iat", "nbf", "auth_time", "updated_at" ->
                    claims.get(claimName) instanceof Number n ? Long.valueOf(n.longValue()) : null;
            default -> claims.get(claimName);
        };
        return (T) value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KrakenToken token && raw.equals(token.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** Identifies the token without revealing it. */
    @Override
    public String toString() {
        return "KrakenToken[sub=" + subject + ", exp=" + expiresAt + "]";
    }

    private static Set<String> stringSet(Object value) {
        Set<String> set = new LinkedHashSet<>();
        if (value instanceof String single) {
            set.add(single);
        } else if (value instanceof Collection<?> many) {
            many.forEach(element -> set.add(String.valueOf(element)));
        }
        return Collections.unmodifiableSet(set);
    }
}
