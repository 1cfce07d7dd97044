package dev.portalauth.simulator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code generatePreSignedToken} and {@code invalidatePreSignedToken}. Issuing a key needs a
 * permission the organisation holds and a user does not (KT-CT-1128); an email of no account user or
 * fewer than one day is refused with KT-CT-1131, which does not tell whether the email exists. A key
 * may be ended by the organisation, or by a token made from that very key (a visitor ending their own
 * link); anything else, an unknown key included, is refused with KT-CT-1129.
 */
final class PreSignedKeyMutations {

    private final Fixtures fixtures;
    private final TokenVerifier verifier;
    private final PreSignedKeys keys;
    private final Clock clock;

    PreSignedKeyMutations(Fixtures fixtures, TokenVerifier verifier, PreSignedKeys keys, Clock clock) {
        this.fixtures = fixtures;
        this.verifier = verifier;
        this.keys = keys;
        this.clock = clock;
    }

    /** The key for the user's first account, valid {@code numberOfDaysAllowed} days from now. */
    DataFetcher<Map<String, Object>> generatePreSignedToken() {
        return env -> {
            if (!caller(env).organization()) {
                throw KrakenError.KEY_ISSUING_UNAUTHORIZED.failure();
            }
            String email = env.getArgument("email");
            int days = env.<Integer>getArgument("numberOfDaysAllowed");
            String scope = env.getArgument("scope");
            String accountNumber = fixtures.userByEmail(email)
                    .flatMap(user -> user.accountNumbers().stream().findFirst())
                    .filter(account -> days >= 1)
                    .orElseThrow(KrakenError.KEY_ISSUING_REFUSED::failure);
            Instant expiresAt = clock.instant().plus(Duration.ofDays(days));
            Fixtures.PreSignedKey key = keys.issue(accountNumber, scope, expiresAt);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token", key.key());
            answer.put("tokenExpiryDatetime", expiresAt.toString());
            answer.put("scope", scope);
            return answer;
        };
    }

    DataFetcher<Map<String, Object>> invalidatePreSignedToken() {
        return env -> {
            TokenVerifier.Caller caller = caller(env);
            Map<String, Object> input = env.getArgument("input");
            String key = (String) input.get("token");
            boolean mayEnd = caller.organization()
                    || caller.scoped() && keys.keyOf(env.getGraphQlContext().get(SimulatorSchema.AUTHORIZATION))
                            .filter(key::equals).isPresent();
            Fixtures.PreSignedKey ended = keys.find(key)
                    .filter(k -> mayEnd)
                    .orElseThrow(KrakenError.KEY_ENDING_UNAUTHORIZED::failure);
            keys.end(key);
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("key", ended.key());
            token.put("scope", ended.scope());
            token.put("isValid", false);
            return Map.of("token", token);
        };
    }

    private TokenVerifier.Caller caller(DataFetchingEnvironment env) {
        return verifier.verify(env.getGraphQlContext().get(SimulatorSchema.AUTHORIZATION));
    }
}
