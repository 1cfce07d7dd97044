package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.kraken.KrakenTransport.Endpoint;
import dev.portalauth.internal.limits.InMemoryTokenBuckets;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * The organisation client at the {@code @Organization} client: the token comes from
 * {@code obtainKrakenToken(organizationSecretKey)} on the GraphQL-auth endpoint and queries carry it,
 * both as public calls (their own bulkhead, and a per-client limit on each query a visitor's request
 * makes); a token Kraken refuses is replaced, a query's own error keeps it; neither the key nor the
 * token is in any message or log line; without the key, using the client names the key to set.
 */
class OrganizationKrakenClientSpec {

    private static final String KEY = "org-secret-key-4f1c9a";
    private static final String TOKEN = "eyJorg.token.value";
    private static final String PRODUCTS = "query Products { energyProducts(postcode: \"SW1A 1AA\") { totalCount } }";

    record Sent(Endpoint endpoint, KrakenCaller caller, String document, String variables, String authorization) {
    }

    /** Kraken as the client meets it: a token for the key, then the query's answer. */
    private static final class ScriptedTransport extends KrakenTransport {
        final List<Sent> sent = new ArrayList<>();
        List<String> queryErrors = List.of();

        @Override
        public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                  JsonObject variables, String authorization, String clientIp) {
            sent.add(new Sent(endpoint, caller, document, variables.toString(), authorization));
            if (endpoint == Endpoint.AUTH) {
                long exp = CLOCK.instant().plusSeconds(3600).getEpochSecond();
                return answer("{\"obtainKrakenToken\":{\"token\":\"" + TOKEN + "\",\"payload\":{\"exp\":" + exp + "}}}");
            }
            return queryErrors.isEmpty() ? answer("{\"energyProducts\":{\"totalCount\":3}}")
                    : new GraphqlResult(null, queryErrors, true, JsonValue.EMPTY_JSON_ARRAY);
        }

        private static GraphqlResult answer(String data) {
            return new GraphqlResult(Json.createReader(new StringReader(data)).readObject(), List.of(), false,
                    JsonValue.EMPTY_JSON_ARRAY);
        }
    }

    public static class Products {
        public Map<String, Integer> energyProducts;
    }

    private static final MutableClock CLOCK = MutableClock.atSystemTime();

    private final ScriptedTransport kraken = new ScriptedTransport();
    private final CapturedLog tokensLog = CapturedLog.of(OrganizationTokens.class);
    private final CapturedLog clientLog = CapturedLog.of(OrganizationKrakenClient.class);
    private final CapturedLog authLog = CapturedLog.of(KrakenAuthentication.class);

    @AfterEach
    void close() {
        tokensLog.close();
        clientLog.close();
        authLog.close();
    }

    private OrganizationKrakenClient client(String... config) {
        return client(null, config);
    }

    /** The client as used while serving a request from {@code visitor} ({@code null}: outside any request). */
    private OrganizationKrakenClient client(FakeHttp visitor, String... config) {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(config));
        KrakenQueries queries = new KrakenQueries(kraken, new RateLimits(
                Map.of(LimitedOperation.PUBLIC, settings.limits().rateLimit(LimitedOperation.PUBLIC)),
                new InMemoryTokenBuckets(100, CLOCK), CLOCK, limit -> { }));
        return new OrganizationKrakenClient(settings.organization(), new KrakenAuthentication(kraken), queries, CLOCK,
                visitor == null ? null : visitor.request(),
                visitor == null ? null : new ClientAddresses(TrustedProxies.NONE, ProxyHeader.X_FORWARDED_FOR));
    }

    @Test
    void theTokenIsObtainedWithTheKeyAndQueriesCarryItBothAsPublicCalls() {
        Products products = client("kraken.organization-key", KEY).request(PRODUCTS, Map.of(), Products.class);

        assertEquals(3, products.energyProducts.get("totalCount"));
        Sent obtain = kraken.sent.get(0);
        assertEquals(Endpoint.AUTH, obtain.endpoint());
        assertEquals(KrakenCaller.PUBLIC, obtain.caller());
        assertEquals(KrakenDocuments.OBTAIN_KRAKEN_TOKEN, obtain.document());
        assertEquals("{\"input\":{\"organizationSecretKey\":\"" + KEY + "\"}}", obtain.variables());
        assertNull(obtain.authorization());
        Sent query = kraken.sent.get(1);
        assertEquals(Endpoint.GRAPHQL, query.endpoint());
        assertEquals(KrakenCaller.PUBLIC, query.caller());
        assertEquals(TOKEN, query.authorization());
    }

    @Test
    void laterQueriesReuseTheToken() {
        OrganizationKrakenClient client = client("kraken.organization-key", KEY);
        for (int i = 0; i < 5; i++) {
            client.request(PRODUCTS, Map.of(), Products.class);
        }
        assertEquals(1, kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.AUTH).count());
    }

    @Test
    void aVisitorOverThePublicLimitIsRateLimitedWithoutAKrakenCall() {
        OrganizationKrakenClient client = client(new FakeHttp().from("198.51.100.9"),
                "kraken.organization-key", KEY, "kraken.auth.rate-limit.public", "2/PT1M");
        client.request(PRODUCTS, Map.of(), Products.class);
        client.request(PRODUCTS, Map.of(), Products.class);
        int sent = kraken.sent.size();

        KrakenException e = assertThrows(KrakenException.class, () -> client.request(PRODUCTS, Map.of(), Products.class));

        assertEquals(Optional.of(AuthErrorCode.RATE_LIMITED), e.authError());
        assertEquals(List.of(), e.errorCodes(), "Kraken was not asked");
        assertEquals(sent, kraken.sent.size());
    }

    @Test
    void callsOutsideAnyRequestAndALimitOfZeroAreNotLimited() {
        OrganizationKrakenClient job = client("kraken.organization-key", KEY, "kraken.auth.rate-limit.public", "1/PT1M");
        OrganizationKrakenClient off = client(new FakeHttp(), "kraken.organization-key", KEY,
                "kraken.auth.rate-limit.public", "0");
        for (int i = 0; i < 5; i++) {
            job.request(PRODUCTS, Map.of(), Products.class);
            off.request(PRODUCTS, Map.of(), Products.class);
        }
    }

    @Test
    void aTokenKrakenRefusesFailsAsUnavailableAndIsReplacedAfterTheBackoff() {
        OrganizationKrakenClient client = client("kraken.organization-key", KEY);
        kraken.queryErrors = List.of("KT-CT-1124");

        KrakenException e = assertThrows(KrakenException.class, () -> client.request(PRODUCTS, Map.of(), Products.class));
        assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE), e.authError());
        assertEquals(List.of("KT-CT-1124"), e.errorCodes());

        kraken.queryErrors = List.of();
        CLOCK.advance(OrganizationTokens.FIRST_RETRY);
        client.request(PRODUCTS, Map.of(), Products.class);
        assertEquals(2, kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.AUTH).count());
    }

    @Test
    void businessErrorsOfTheQueryPassAsTheyAreAndKeepTheToken() {
        OrganizationKrakenClient client = client("kraken.organization-key", KEY);
        kraken.queryErrors = List.of("KT-CT-4321");

        KrakenException e = assertThrows(KrakenException.class, () -> client.request(PRODUCTS, Map.of(), Products.class));
        assertEquals(Optional.empty(), e.authError());
        kraken.queryErrors = List.of();
        client.request(PRODUCTS, Map.of(), Products.class);
        assertEquals(1, kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.AUTH).count());
    }

    @Test
    void aQueryKrakenDoesNotAuthoriseForItsObjectIsTheQuerysOwnErrorAndKeepsTheToken() {
        OrganizationKrakenClient client = client("kraken.organization-key", KEY);
        kraken.queryErrors = List.of("KT-CT-1111"); // what any visitor can cause by asking for an account
        for (int i = 0; i < 20; i++) {
            KrakenException e = assertThrows(KrakenException.class, () -> client.request(PRODUCTS, Map.of(), Products.class));
            assertEquals(Optional.empty(), e.authError());
            assertEquals(List.of("KT-CT-1111"), e.errorCodes());
        }

        kraken.queryErrors = List.of();
        client.request(PRODUCTS, Map.of(), Products.class);
        assertEquals(1, kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.AUTH).count(), "the token was kept");
    }

    @Test
    void neitherTheKeyNorTheTokenAppearsInAnyMessageOrLogLine() {
        Logger.getLogger(OrganizationTokens.class.getName()).setLevel(Level.ALL);
        OrganizationKrakenClient client = client("kraken.organization-key", KEY);
        StringBuilder messages = new StringBuilder();
        client.request(PRODUCTS, Map.of(), Products.class);
        kraken.queryErrors = List.of("KT-CT-1143");
        messages.append(assertThrows(KrakenException.class,
                () -> client.request(PRODUCTS, Map.of(), Products.class)).getMessage());
        messages.append(assertThrows(KrakenException.class,
                () -> client.request(PRODUCTS, Map.of(), Products.class)).getMessage());
        Logger.getLogger(OrganizationTokens.class.getName()).setLevel(null);

        String everything = messages + tokensLog.text() + clientLog.text() + authLog.text();
        assertTrue(tokensLog.text().contains("KPA-ORG-005"), "the debug line was captured: " + tokensLog.text());
        assertTrue(everything.contains("KPA-ORG-006") && everything.contains("KPA-ORG-003"), everything);
        assertFalse(everything.contains(KEY), everything);
        assertFalse(everything.contains(TOKEN), everything);
    }

    @Test
    void withoutAKeyTheClientDeploysAndUsingItNamesTheKeyToSet() {
        OrganizationKrakenClient client = client();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.request(PRODUCTS, Map.of(), Products.class));
        assertTrue(e.getMessage().startsWith("KPA-ORG-001"), e.getMessage());
        assertTrue(e.getMessage().contains("kraken.organization-key"), e.getMessage());
        assertTrue(e.getMessage().contains("KRAKEN_ORGANIZATION_KEY"), e.getMessage());
        assertTrue(kraken.sent.isEmpty());
        assertTrue(clientLog.text().contains("KPA-ORG-001"), "the operator reads it in the log too");
    }
}
