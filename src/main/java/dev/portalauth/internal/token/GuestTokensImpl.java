package dev.portalauth.internal.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portalauth.GuestTokens;

/**
 * {@link GuestTokens} over {@link ModuleTokens} with {@link TokenKind#APPLICATION}: JWTs with
 * {@code typ: JWT}, so a guest or session-payload cookie never verifies here, nor the reverse.
 *
 * <p>{@code iss}, {@code iat}, {@code exp}, {@code nbf} and {@code jti} belong to the module: a
 * payload that sets any of them is rejected with {@link IllegalArgumentException} rather than
 * silently overridden. Other claims ({@code sub}, {@code aud}, …) are the application's to set.
 */
public final class GuestTokensImpl implements GuestTokens {

    /** Claims the module sets itself. */
    static final Set<String> MODULE_CLAIMS = Set.of("iss", "iat", "exp", "nbf", "jti");

    private static final ModuleTokens.Reader<Map<String, Object>> READER =
            (claims, raw) -> ImmutableClaims.copyOf(claims.toJSONObject());

    private final ModuleTokens tokens;
    private final Clock clock;

    public GuestTokensImpl(ModuleTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when {@code payload} sets {@code iss}, {@code iat},
     *                                  {@code exp}, {@code nbf} or {@code jti}, or the lifetime is not positive
     */
    @Override
    public String create(Map<String, Object> payload, Duration lifetime) {
        Set<String> moduleOwned = ReservedClaims.namesIn(payload, MODULE_CLAIMS);
        if (!moduleOwned.isEmpty()) {
            throw new IllegalArgumentException(TokenMessages.MODULE_CLAIMS_IN_PAYLOAD.format(moduleOwned));
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException(TokenMessages.EXPIRY_NOT_IN_THE_FUTURE.format());
        }
        return tokens.sign(TokenKind.APPLICATION, payload, clock.instant().plus(lifetime));
    }

    /** All claims of the JWT in their JSON form (dates as epoch seconds), deeply unmodifiable. */
    @Override
    public Optional<Map<String, Object>> verify(String jwt) {
        return tokens.verify(TokenKind.APPLICATION, jwt, READER);
    }
}
