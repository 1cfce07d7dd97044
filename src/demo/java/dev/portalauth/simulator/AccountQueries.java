package dev.portalauth.simulator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * {@code viewer} and {@code account(accountNumber)}, both behind the raw token of the
 * {@code Authorization} header. A user token reads its user and that user's accounts; a scoped
 * token reads only the account it was issued for, and never {@code viewer}; an organisation token
 * reads neither (Kraken's KT-CT-1111): an organisation sees public data, nothing of an account.
 */
final class AccountQueries {

    private final Fixtures fixtures;
    private final TokenVerifier verifier;

    AccountQueries(Fixtures fixtures, TokenVerifier verifier) {
        this.fixtures = fixtures;
        this.verifier = verifier;
    }

    DataFetcher<Fixtures.User> viewer() {
        return env -> {
            TokenVerifier.Caller caller = caller(env);
            if (caller.scoped()) {
                throw KrakenError.UNAUTHORIZED.failure("A token from a pre-signed key cannot read the viewer.");
            }
            if (caller.organization()) {
                throw KrakenError.UNAUTHORIZED.failure("An organization token has no viewer.");
            }
            return user(caller);
        };
    }

    DataFetcher<Fixtures.Account> account() {
        return env -> {
            TokenVerifier.Caller caller = caller(env);
            if (caller.organization()) {
                throw KrakenError.UNAUTHORIZED.failure("Not authorized to read this account.");
            }
            String number = env.getArgument("accountNumber");
            boolean allowed = caller.scoped()
                    ? caller.accountNumber().equals(number)
                    : user(caller).accountNumbers().contains(number);
            return fixtures.account(number)
                    .filter(account -> allowed)
                    .orElseThrow(() -> KrakenError.UNAUTHORIZED.failure("Not authorized to read this account."));
        };
    }

    /** {@code AccountUserType.accounts}. */
    DataFetcher<Object> accountsOfUser() {
        return env -> env.<Fixtures.User>getSource().accounts(fixtures);
    }

    private TokenVerifier.Caller caller(DataFetchingEnvironment env) {
        return verifier.verify(env.getGraphQlContext().get(SimulatorSchema.AUTHORIZATION));
    }

    private Fixtures.User user(TokenVerifier.Caller caller) {
        return fixtures.userById(caller.userId())
                .orElseThrow(() -> KrakenError.UNAUTHORIZED.failure("The token's user does not exist."));
    }
}
