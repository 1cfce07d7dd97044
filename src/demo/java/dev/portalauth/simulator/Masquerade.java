package dev.portalauth.simulator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code masqueradeAuthentication}: a fixture user's masquerade token buys a user token with
 * {@code gty} MASQUERADE. A wrong token or user is answered as Kraken does, inside the payload
 * ({@code token: null, errors: [{field, messages}]}), not in {@code errors[]}.
 */
final class Masquerade implements DataFetcher<Masquerade.Result> {

    record FieldError(String field, List<String> messages) {
    }

    /** The {@code MasqueradeAuthentication} payload. */
    record Result(String token, List<FieldError> errors) {

        @Override
        public String toString() {
            return "Result[" + (token == null ? "refused" : "granted") + "]"; // never the token
        }
    }

    private static final Result REFUSED = new Result(null,
            List.of(new FieldError("masqueradeToken", List.of("Invalid masquerade token."))));

    private final Fixtures fixtures;
    private final TokenIssuer issuer;
    private final Supplier<Lifetimes> lifetimes;
    private final Clock clock;

    Masquerade(Fixtures fixtures, TokenIssuer issuer, Supplier<Lifetimes> lifetimes, Clock clock) {
        this.fixtures = fixtures;
        this.issuer = issuer;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public Result get(DataFetchingEnvironment env) {
        String masqueradeToken = env.getArgument("masqueradeToken");
        String userId = env.getArgument("userId");
        return fixtures.userById(userId)
                .filter(user -> TokenExchange.sameSecret(user.masqueradeToken(), masqueradeToken))
                .map(user -> {
                    Instant now = clock.instant();
                    return new Result(issuer.userToken(user, TokenIssuer.Grant.MASQUERADE,
                            now, now.plus(lifetimes.get().access()), now).token(), null);
                })
                .orElse(REFUSED);
    }
}
