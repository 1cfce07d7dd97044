package dev.portalauth.simulator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code obtainKrakenToken}: email and password (a user token and a refresh token), a pre-signed
 * key not ended (a scoped token that never outlives its key), a refresh token (a new user token; the
 * refresh token itself is not rotated) or an organisation secret key (an organisation token, no
 * refresh token). One kind per call.
 */
final class TokenExchange implements DataFetcher<TokenExchange.Result> {

    /** The {@code ObtainKrakenJSONWebToken} payload. */
    record Result(String token, Map<String, Object> payload, String refreshToken, Integer refreshExpiresIn) {

        @Override
        public String toString() {
            return "Result[" + payload.get("sub") + "]"; // never the tokens
        }
    }

    private final Fixtures fixtures;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final PreSignedKeys keys;
    private final Supplier<Lifetimes> lifetimes;
    private final Clock clock;

    TokenExchange(Fixtures fixtures, TokenIssuer issuer, RefreshTokens refreshTokens, PreSignedKeys keys,
                  Supplier<Lifetimes> lifetimes, Clock clock) {
        this.fixtures = fixtures;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.keys = keys;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public Result get(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Set<CredentialKind> kinds = CredentialKind.presentIn(field -> input.get(field) != null);
        if (kinds.size() != 1) {
            throw KrakenError.AUTHENTICATION_FAILED.failure("Provide exactly one kind of credential: email and "
                    + "password, APIKey, organizationSecretKey, preSignedKey or refreshToken.");
        }
        Instant now = clock.instant();
        switch (kinds.iterator().next()) {
            case EMAIL_AND_PASSWORD:
                return login((String) input.get("email"), (String) input.get("password"), now);
            case PRE_SIGNED_KEY:
                return exchangeKey((String) input.get("preSignedKey"), now);
            case REFRESH_TOKEN:
                return refresh((String) input.get("refreshToken"), now);
            case ORGANIZATION_SECRET_KEY:
                return organization((String) input.get("organizationSecretKey"), now);
            default:
                throw KrakenError.AUTHENTICATION_FAILED.failure("APIKey is not supported by the Kraken simulator.");
        }
    }

    private Result login(String email, String password, Instant now) {
        if (email == null || password == null) {
            throw KrakenError.AUTHENTICATION_FAILED.failure("Provide both email and password.");
        }
        Fixtures.User user = fixtures.userByEmail(email)
                .filter(u -> sameSecret(u.password(), password))
                .orElseThrow(KrakenError.INVALID_CREDENTIALS::failure);
        Lifetimes lifetime = lifetimes.get();
        Instant refreshExpiry = now.plus(lifetime.refresh());
        String refreshToken = refreshTokens.issue(new RefreshTokens.Grant(user.id(), now, refreshExpiry));
        TokenIssuer.Issued access = issuer.userToken(user, TokenIssuer.Grant.EMAIL_AND_PASSWORD,
                now, now.plus(lifetime.access()), now);
        return new Result(access.token(), access.payload(), refreshToken, (int) refreshExpiry.getEpochSecond());
    }

    private Result exchangeKey(String key, Instant now) {
        Fixtures.PreSignedKey preSignedKey = keys.find(key)
                .filter(k -> now.isBefore(k.expiresAt()))
                .orElseThrow(() -> KrakenError.AUTHENTICATION_FAILED.failure("Invalid or expired pre-signed key."));
        Fixtures.User holder = fixtures.holderOf(preSignedKey.accountNumber())
                .orElseThrow(() -> KrakenError.AUTHENTICATION_FAILED.failure("Invalid or expired pre-signed key."));
        Instant expiry = min(now.plus(lifetimes.get().scoped()), preSignedKey.expiresAt());
        TokenIssuer.Issued scoped = issuer.scopedToken(holder, preSignedKey.accountNumber(), preSignedKey.scope(),
                now, expiry);
        keys.madeFrom(scoped.token(), key);
        return new Result(scoped.token(), scoped.payload(), null, null);
    }

    private Result refresh(String refreshToken, Instant now) {
        RefreshTokens.Grant grant = refreshTokens.find(refreshToken)
                .orElseThrow(KrakenError.REFRESH_TOKEN_INVALID::failure);
        if (!now.isBefore(grant.expiresAt())) {
            throw KrakenError.REFRESH_TOKEN_EXPIRED.failure();
        }
        Fixtures.User user = fixtures.userById(grant.userId()).orElseThrow(KrakenError.REFRESH_TOKEN_INVALID::failure);
        TokenIssuer.Issued access = issuer.userToken(user, TokenIssuer.Grant.REFRESH_TOKEN,
                now, now.plus(lifetimes.get().access()), grant.loggedInAt());
        return new Result(access.token(), access.payload(), refreshToken, (int) grant.expiresAt().getEpochSecond());
    }

    private Result organization(String secretKey, Instant now) {
        Fixtures.Organization organization = fixtures.organizationByKey(secretKey)
                .orElseThrow(() -> KrakenError.AUTHENTICATION_FAILED.failure("Invalid organization secret key."));
        TokenIssuer.Issued token = issuer.organizationToken(organization, now, now.plus(lifetimes.get().organization()));
        return new Result(token.token(), token.payload(), null, null);
    }

    /** Compares secrets in constant time, so timing does not tell how much of a guess was right. */
    static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
