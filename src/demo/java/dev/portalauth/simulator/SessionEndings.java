package dev.portalauth.simulator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code invalidateRefreshToken} and {@code forceReauthentication}. Ending one refresh token needs
 * the permission "Can invalidate refresh tokens", which the organisation holds and a user does not
 * (KT-CT-1130); forcing reauthentication ends the caller's own tokens, so any user may, but not a
 * token from a pre-signed key nor an organisation (KT-CT-1111).
 */
final class SessionEndings {

    private final TokenVerifier verifier;
    private final RefreshTokens refreshTokens;
    private final Reauthentications reauthentications;
    private final Clock clock;

    SessionEndings(TokenVerifier verifier, RefreshTokens refreshTokens, Reauthentications reauthentications,
                   Clock clock) {
        this.verifier = verifier;
        this.refreshTokens = refreshTokens;
        this.reauthentications = reauthentications;
        this.clock = clock;
    }

    /** The {@code RefreshToken} answered: ended, so never valid; {@code key} is the token itself, as Kraken's. */
    DataFetcher<Map<String, Object>> invalidateRefreshToken() {
        return env -> {
            if (!caller(env).organization()) {
                throw KrakenError.REFRESH_TOKEN_ENDING_UNAUTHORIZED.failure();
            }
            Map<String, Object> input = env.getArgument("input");
            String refreshToken = (String) input.get("refreshToken");
            if (!refreshTokens.end(refreshToken)) {
                throw KrakenError.REFRESH_TOKEN_INVALID.failure();
            }
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("key", refreshToken);
            token.put("expiryDt", clock.instant().toString());
            token.put("isValid", false);
            return Map.of("token", token);
        };
    }

    DataFetcher<Map<String, Object>> forceReauthentication() {
        return env -> {
            TokenVerifier.Caller caller = caller(env);
            if (caller.organization() || caller.scoped()) {
                throw KrakenError.UNAUTHORIZED.failure("Only an account user can force their own reauthentication.");
            }
            Instant now = clock.instant();
            reauthentications.force(caller.userId(), now);
            refreshTokens.endAllOf(caller.userId(), now);
            return Map.of("tokensInvalidated", true, "effectiveAt", now.toString());
        };
    }

    private TokenVerifier.Caller caller(DataFetchingEnvironment env) {
        return verifier.verify(env.getGraphQlContext().get(SimulatorSchema.AUTHORIZATION));
    }
}
