package dev.portalauth.internal.token;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Encodes and reads session payloads ({@link TokenKind#SESSION_PAYLOAD}). */
public final class SessionPayloadCodec {

    private static final ModuleTokens.Reader<SessionPayload> READER = (claims, raw) -> claims.getSubject() == null
            ? null
            : new SessionPayload(claims.getSubject(), ReservedClaims.withoutReserved(claims.getClaims()),
                    claims.getExpirationTime().toInstant(), raw);

    private final ModuleTokens tokens;
    private final ClaimsBudget budget;

    public SessionPayloadCodec(ModuleTokens tokens, ClaimsBudget budget) {
        this.tokens = tokens;
        this.budget = budget;
    }

    /** Whether {@code claims} would fit a payload. */
    public boolean fits(Map<String, ?> claims) {
        return budget.fits(claims);
    }

    /**
     * A signed payload bound to the Kraken session of {@code krakenSub}.
     *
     * @param expiresAt normally when the session's refresh token expires
     * @throws IllegalArgumentException when {@code claims} holds a {@linkplain ReservedClaims reserved} name
     *                                  or {@code expiresAt} is not in the future, or the claims do not fit the budget
     */
    public String encode(String krakenSub, Map<String, Object> claims, Instant expiresAt) {
        ReservedClaims.requireNone(claims);
        budget.require(claims, "session payload");
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", krakenSub);
        return tokens.sign(TokenKind.SESSION_PAYLOAD, all, expiresAt);
    }

    /** The payload in {@code raw} when it is genuine and current; empty otherwise. */
    public Optional<SessionPayload> read(String raw) {
        return tokens.verify(TokenKind.SESSION_PAYLOAD, raw, READER);
    }
}
