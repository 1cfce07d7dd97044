package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.portalauth.internal.support.ExpiringCache;

/**
 * Signs and verifies the tokens this module issues (guest, session payload, application JWTs)
 * with the {@link CurrentKeys}. Verification trusts nothing in the header: the {@code typ} must be
 * the expected kind, the {@code kid} a known key, and the {@code alg} that key's one algorithm.
 * Verified tokens are cached until they expire, so a repeated {@link #verify} is one lookup; a
 * cached token stays accepted only while the key set in use holds the key that verified it.
 */
public final class ModuleTokens {

    /** Tolerance for {@code iat}/{@code nbf} a little in the future: nodes' clocks differ slightly. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /**
     * Turns verified claims (and the raw token) into a caller's value, e.g. a {@link GuestToken};
     * {@code null} when the claims do not make one. Use one instance per caller (a constant), so
     * its value is computed once per cached token.
     */
    @FunctionalInterface
    interface Reader<T> {
        T read(JWTClaimsSet claims, String raw);
    }

    /** A verified token, with the value its reader made of it last (so a cache hit allocates nothing). */
    private static final class Verified {

        private record View(Reader<?> reader, Object value) {
        }

        final TokenKind kind;
        final JWTClaimsSet claims;
        final ModuleKeys.VerificationKey key;
        private volatile View view;

        Verified(TokenKind kind, JWTClaimsSet claims, ModuleKeys.VerificationKey key) {
            this.kind = kind;
            this.claims = claims;
            this.key = key;
        }

        @SuppressWarnings("unchecked")
        <T> T readWith(Reader<T> reader, String raw) {
            View last = view;
            if (last == null || last.reader() != reader) {
                last = new View(reader, reader.read(claims, raw));
                view = last;
            }
            return (T) last.value();
        }
    }

    private final CurrentKeys keys;
    private final String issuer;
    private final Clock clock;
    private final ExpiringCache<String, Verified> verified;

    /**
     * @param keys            the signing and verification keys
     * @param issuer          {@code iss} of every token ({@code kraken.auth.guest.issuer})
     * @param clock           the time source
     * @param maxCachedTokens bound on the verified-token cache
     */
    public ModuleTokens(CurrentKeys keys, String issuer, Clock clock, int maxCachedTokens) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
        this.verified = new ExpiringCache<>(maxCachedTokens, clock);
    }

    /** How many verified module tokens are remembered now (a metric). */
    public int cachedTokens() {
        return verified.size();
    }

    /**
     * A compact JWS of {@code kind} with {@code claims} plus {@code iss}, {@code iat}, {@code exp}
     * and a random {@code jti}; those four are always the module's, whatever {@code claims} holds.
     *
     * @throws IllegalArgumentException when {@code expiresAt} is not in the future
     */
    public String sign(TokenKind kind, Map<String, Object> claims, Instant expiresAt) {
        // JWT dates have whole seconds; truncating here makes the cached claims equal to parsed ones.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiry = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        if (!expiry.isAfter(now)) {
            throw new IllegalArgumentException(TokenMessages.EXPIRY_NOT_IN_THE_FUTURE.format());
        }
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        JWTClaimsSet claimsSet = builder.issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .build();
        ModuleKeys signing = keys.current(); // one set for the header, the signature and the cache entry
        JWSHeader header = new JWSHeader.Builder(signing.algorithm()).type(kind.type()).keyID(signing.keyId()).build();
        SignedJWT jwt = new SignedJWT(header, claimsSet);
        try {
            jwt.sign(signing.signer());
            String raw = jwt.serialize();
            // A token just issued comes back on the visitor's next request: spare that verification.
            // The claims are read back from the JSON so they have the types a later verify would give.
            verified.put(raw, new Verified(kind, JWTClaimsSet.parse(jwt.getPayload().toString()),
                    signing.signingVerificationKey()), expiry);
            return raw;
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(TokenMessages.SIGNING_FAILED.format(signing.algorithm()), e);
        }
    }

    /**
     * The claims of a token of {@code kind} that this module signed with its current or a
     * previous key, issued by the configured issuer and not expired; empty for anything else
     * (never an exception). The claims are shared with the cache: read them, do not modify
     * nested values.
     */
    public Optional<JWTClaimsSet> verify(TokenKind kind, String raw) {
        Verified token = verified(kind, raw);
        return token == null ? Optional.empty() : Optional.of(token.claims);
    }

    /** {@link #verify(TokenKind, String)}, read by {@code reader}; on a cache hit, no work at all. */
    <T> Optional<T> verify(TokenKind kind, String raw, Reader<T> reader) {
        Verified token = verified(kind, raw);
        return token == null ? Optional.empty() : Optional.ofNullable(token.readWith(reader, raw));
    }

    private Verified verified(TokenKind kind, String raw) {
        if (raw == null || raw.length() > CompactJws.MAX_CHARS) { // not even worth hashing
            return null;
        }
        ModuleKeys inUse = keys.current();
        Verified cached = verified.get(raw);
        if (cached != null) {
            // A key retired from the set since (removed from the previous keys) takes its tokens with it.
            return cached.kind == kind && inUse.accepts(cached.key) ? cached : null;
        }
        Verified token = CompactJws.parse(raw).map(jwt -> verifyUncached(kind, jwt, inUse)).orElse(null);
        if (token != null) {
            verified.put(raw, token, token.claims.getExpirationTime().toInstant());
        }
        return token;
    }

    private Verified verifyUncached(TokenKind kind, SignedJWT jwt, ModuleKeys inUse) {
        JWSHeader header = jwt.getHeader();
        if (!kind.type().equals(header.getType())) {
            return null;
        }
        ModuleKeys.VerificationKey key = inUse.verificationKey(header.getAlgorithm(), header.getKeyID());
        try {
            if (key == null || !jwt.verify(key.verifier())) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return isCurrent(claims) ? new Verified(kind, claims, key) : null;
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }

    private boolean isCurrent(JWTClaimsSet claims) {
        long now = clock.millis();
        long latestIssue = now + CLOCK_SKEW.toMillis();
        Date expiry = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        Date notBefore = claims.getNotBeforeTime();
        return issuer.equals(claims.getIssuer())
                && claims.getJWTID() != null
                && expiry != null && expiry.getTime() > now
                && issued != null && issued.getTime() <= latestIssue && issued.before(expiry)
                && (notBefore == null || notBefore.getTime() <= latestIssue);
    }
}
