package dev.portalauth.internal.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues, re-issues and reads guest tokens ({@link TokenKind#GUEST}): the visitor's id in
 * {@code sub}, application claims beside it, nothing stored on the server.
 */
public final class GuestTokenIssuer {

    /** Re-issued after this age, so an active visitor outlives browsers' 400-day cookie cap. */
    public static final Duration REISSUE_AFTER = Duration.ofDays(30);

    private static final String ID_PREFIX = "G-";

    private static final ModuleTokens.Reader<GuestToken> READER = GuestTokenIssuer::toGuestToken;

    private final ModuleTokens tokens;
    private final Duration lifetime;
    private final Clock clock;
    private final ClaimsBudget budget;
    private final Runnable onIssue;

    /**
     * @param tokens   signs and verifies
     * @param lifetime of each token ({@code kraken.auth.guest.lifetime})
     * @param budget   bound on the application claims of a token
     * @param clock    the time source
     */
    public GuestTokenIssuer(ModuleTokens tokens, Duration lifetime, ClaimsBudget budget, Clock clock) {
        this(tokens, lifetime, budget, clock, () -> { });
    }

    /** As above, with {@code onIssue} told of every token issued (a metric). */
    public GuestTokenIssuer(ModuleTokens tokens, Duration lifetime, ClaimsBudget budget, Clock clock,
                            Runnable onIssue) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("guest token lifetime must be positive");
        }
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.budget = budget;
        this.clock = clock;
        this.onIssue = onIssue;
    }

    /**
     * A token for a new visitor.
     *
     * @throws IllegalArgumentException when {@code claims} holds a {@linkplain ReservedClaims reserved} name
     *                                  or does not fit the claims budget
     */
    public GuestToken issueNew(Map<String, Object> claims) {
        return issue(ID_PREFIX + UUID.randomUUID(), claims);
    }

    /**
     * A fresh token for the same visitor ({@code old.id()}) carrying {@code newClaims}.
     *
     * @throws IllegalArgumentException when {@code newClaims} holds a {@linkplain ReservedClaims reserved} name
     *                                  or does not fit the claims budget
     */
    public GuestToken reissue(GuestToken old, Map<String, Object> newClaims) {
        return issue(old.id(), newClaims);
    }

    /** The guest token in {@code raw} when it is genuine and current; empty otherwise. */
    public Optional<GuestToken> read(String raw) {
        return tokens.verify(TokenKind.GUEST, raw, READER);
    }

    /** Whether {@code claims} fit a guest token. */
    public boolean fits(Map<String, ?> claims) {
        return budget.fits(claims);
    }

    /** Whether {@code token} is old enough to be re-issued (same id and claims, new expiry). */
    public boolean needsReissue(GuestToken token) {
        return clock.instant().isAfter(token.issuedAt().plus(REISSUE_AFTER));
    }

    private GuestToken issue(String id, Map<String, Object> claims) {
        ReservedClaims.requireNone(claims);
        budget.require(claims, "guest token");
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", id);
        String raw = tokens.sign(TokenKind.GUEST, all, clock.instant().plus(lifetime));
        onIssue.run();
        // The new token is in the verified cache already: reading it back is a lookup.
        return read(raw).orElseThrow(() -> new IllegalStateException(TokenMessages.FRESH_GUEST_TOKEN_DOES_NOT_VERIFY.format()));
    }

    /** {@code null} unless the subject is a guest id. */
    private static GuestToken toGuestToken(JWTClaimsSet claims, String raw) {
        String id = claims.getSubject();
        if (id == null || !id.startsWith(ID_PREFIX)) {
            return null;
        }
        return new GuestToken(id, claims.getIssueTime().toInstant(),
                claims.getExpirationTime().toInstant(), ReservedClaims.withoutReserved(claims.getClaims()), raw);
    }
}
