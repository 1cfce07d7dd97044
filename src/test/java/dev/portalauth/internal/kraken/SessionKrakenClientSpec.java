package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.GuestSession;
import dev.portalauth.KrakenException;
import dev.portalauth.Session;
import dev.portalauth.internal.limits.InMemoryTokenBuckets;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.spi.Rate;

/**
 * {@code KrakenClient} as the current session: a session's queries carry its token through the
 * session bulkhead; with no session (a guest) a query is a public call — the public bulkhead and
 * the client's public limit — since any stranger can cause it.
 */
class SessionKrakenClientSpec {

    private static final String QUERY = "query { energyProducts(postcode: \"SW1A 1AA\") { totalCount } }";

    private final List<KrakenCaller> callers = new ArrayList<>();

    public static class Products {
        public Map<String, Integer> energyProducts;
    }

    private SessionKrakenClient client(String rawToken) {
        KrakenTransport transport = new KrakenTransport() {
            @Override
            public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                      JsonObject variables, String authorization, String clientIp) {
                callers.add(caller);
                return new GraphqlResult(Json.createReader(new StringReader("{\"energyProducts\":{\"totalCount\":3}}"))
                        .readObject(), List.of(), false, JsonValue.EMPTY_JSON_ARRAY);
            }
        };
        KrakenQueries queries = new KrakenQueries(transport, new RateLimits(
                Map.of(LimitedOperation.PUBLIC, Rate.parse("2/PT1M").orElseThrow()),
                new InMemoryTokenBuckets(100, Clock.systemUTC()), Clock.systemUTC(), limit -> { }));
        return new SessionKrakenClient(queries, session(rawToken), new FakeHttp().request(),
                new ClientAddresses(TrustedProxies.NONE, ProxyHeader.X_FORWARDED_FOR));
    }

    @Test
    void aSessionsQueriesAreSessionCallsAndNotLimitedAsPublicOnes() {
        SessionKrakenClient client = client("eyJ.session.token");
        for (int i = 0; i < 5; i++) {
            client.request(QUERY, Map.of(), Products.class);
        }
        assertEquals(List.of(KrakenCaller.SESSION), callers.stream().distinct().toList());
    }

    @Test
    void withoutASessionQueriesArePublicCallsWithinTheClientsPublicLimit() {
        SessionKrakenClient client = client(null);
        client.request(QUERY, Map.of(), Products.class);
        client.request(QUERY, Map.of(), Products.class);

        KrakenException e = assertThrows(KrakenException.class, () -> client.request(QUERY, Map.of(), Products.class));

        assertEquals(Optional.of(AuthErrorCode.RATE_LIMITED), e.authError());
        assertEquals(List.of(KrakenCaller.PUBLIC, KrakenCaller.PUBLIC), callers);
    }

    private static Session session(String rawToken) {
        return new Session() {
            @Override
            public AuthMethod authMethod() {
                return rawToken == null ? AuthMethod.NONE : AuthMethod.ACCESS_TOKEN;
            }

            @Override
            public Optional<String> accountNumber() {
                return Optional.empty();
            }

            @Override
            public Optional<JsonWebToken> token() {
                return Optional.ofNullable(rawToken).map(SessionKrakenClientSpec::jwt);
            }

            @Override
            public Map<String, Object> claims() {
                return Map.of();
            }

            @Override
            public void mergeIntoPayload(Map<String, Object> claims) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<AuthErrorCode> loginFailure() {
                return Optional.empty();
            }

            @Override
            public boolean revokedAtKraken() {
                return false;
            }

            @Override
            public boolean logoutEverywhere() {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean endLink() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<GuestSession> guest() {
                return Optional.empty();
            }
        };
    }

    private static JsonWebToken jwt(String raw) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "kraken|account-user:123";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of(Claims.raw_token.name());
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return Claims.raw_token.name().equals(claimName) ? (T) raw : null;
            }
        };
    }
}
