package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.kraken.KrakenTransport.Endpoint;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * Ending sessions at Kraken: {@code invalidateRefreshToken} is sent as the organisation whenever its
 * key is configured, else as the user with a valid access token, else not at all; it asks only
 * whether the token is still valid; {@code forceReauthentication} is sent as the user. Each is one
 * call (as the organisation: the public bulkhead; as the user: the session's); any refusal or fault
 * only makes the ending unconfirmed, a missing permission is named in a warning, and no token
 * reaches a log line.
 */
class KrakenEndingsSpec {

    private static final String ORGANIZATION_KEY = "org-secret-key-4f1c9a";
    private static final String ORGANIZATION_TOKEN = "eyJorg.token.value";
    private static final String USER_TOKEN = "eyJuser.token.value";
    private static final String REFRESH_TOKEN = "refresh-token-secret-77";
    private static final MutableClock CLOCK = MutableClock.atSystemTime();

    record Sent(Endpoint endpoint, KrakenCaller caller, String document, String variables, String authorization) {
    }

    private static final class ScriptedTransport extends KrakenTransport {
        final List<Sent> sent = new ArrayList<>();
        Supplier<GraphqlResult> answer = () -> data("{\"invalidateRefreshToken\":{\"token\":{\"isValid\":false}}}");

        @Override
        public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                  JsonObject variables, String authorization, String clientIp) {
            sent.add(new Sent(endpoint, caller, document, variables.toString(), authorization));
            if (endpoint == Endpoint.AUTH) {
                long exp = CLOCK.instant().plusSeconds(3600).getEpochSecond();
                return data("{\"obtainKrakenToken\":{\"token\":\"" + ORGANIZATION_TOKEN + "\",\"payload\":{\"exp\":"
                        + exp + "}}}");
            }
            return answer.get();
        }
    }

    private static GraphqlResult data(String json) {
        return new GraphqlResult(Json.createReader(new StringReader(json)).readObject(), List.of(), false, JsonValue.EMPTY_JSON_ARRAY);
    }

    private static GraphqlResult errors(String... codes) {
        return new GraphqlResult(null, List.of(codes), true, JsonValue.EMPTY_JSON_ARRAY);
    }

    private final ScriptedTransport kraken = new ScriptedTransport();
    private final CapturedLog log = CapturedLog.of(KrakenEndings.class);

    @AfterEach
    void close() {
        log.close();
    }

    private KrakenEndings endings(String... config) {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(config));
        KrakenQueries queries = new KrakenQueries(kraken, null);
        OrganizationKrakenClient organization = new OrganizationKrakenClient(settings.organization(),
                new KrakenAuthentication(kraken), queries, CLOCK, null, null);
        return new KrakenEndings(settings.organization(), queries, null, organization);
    }

    private List<Sent> mutations() {
        return kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.GRAPHQL).toList();
    }

    @Test
    void withAnOrganisationKeyTheRefreshTokenIsEndedAsTheOrganisationAskingOnlyWhetherItIsValid() {
        assertTrue(endings("kraken.organization-key", ORGANIZATION_KEY).endRefreshToken(REFRESH_TOKEN, USER_TOKEN, "ip"));

        Sent sent = mutations().get(0);
        assertEquals(1, mutations().size());
        assertEquals(ORGANIZATION_TOKEN, sent.authorization());
        assertEquals(KrakenCaller.PUBLIC, sent.caller());
        assertEquals(KrakenDocuments.INVALIDATE_REFRESH_TOKEN, sent.document());
        assertTrue(sent.document().contains("token { isValid }"));
        assertEquals("{\"input\":{\"refreshToken\":\"" + REFRESH_TOKEN + "\"}}", sent.variables());
    }

    @Test
    void withoutOneItIsSentAsTheUser() {
        assertTrue(endings().endRefreshToken(REFRESH_TOKEN, USER_TOKEN, "ip"));

        assertEquals(List.of(USER_TOKEN), mutations().stream().map(Sent::authorization).toList());
    }

    @Test
    void withoutAnOrganisationKeyNorAValidAccessTokenNothingIsSent() {
        assertFalse(endings().endRefreshToken(REFRESH_TOKEN, null, "ip"));

        assertEquals(List.of(), kraken.sent);
    }

    @Test
    void aMissingPermissionIsNotRevokedAndAWarningNamesThePermissionButNeverTheToken() {
        kraken.answer = () -> errors("KT-CT-1130");

        assertFalse(endings().endRefreshToken(REFRESH_TOKEN, USER_TOKEN, "ip"));

        assertTrue(log.text().contains("Can invalidate refresh tokens"), log.text());
        assertFalse(log.text().contains(REFRESH_TOKEN));
        assertFalse(log.text().contains(USER_TOKEN));
    }

    @Test
    void rateLimitedRefusedOrUnavailableIsNotRevokedAfterOneCall() {
        List<Supplier<GraphqlResult>> faults = List.of(() -> errors("KT-CT-1199"), () -> errors("KT-CT-1135"),
                () -> {
                    throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "down");
                },
                () -> data("{\"invalidateRefreshToken\":null}"));
        for (Supplier<GraphqlResult> fault : faults) {
            kraken.sent.clear();
            kraken.answer = fault;

            assertFalse(endings().endRefreshToken(REFRESH_TOKEN, USER_TOKEN, "ip"));
            assertEquals(1, mutations().size());
        }
    }

    @Test
    void forcingReauthenticationIsSentAsTheUserWithoutThirdParties() {
        kraken.answer = () -> data("{\"forceReauthentication\":{\"tokensInvalidated\":true}}");

        assertTrue(endings("kraken.organization-key", ORGANIZATION_KEY).forceReauthentication(USER_TOKEN, "ip"));

        Sent sent = mutations().get(0);
        assertEquals(USER_TOKEN, sent.authorization());
        assertEquals(KrakenDocuments.FORCE_REAUTHENTICATION, sent.document());
        assertEquals("{\"input\":{\"includeThirdParties\":false}}", sent.variables());
    }

    @Test
    void theSenderRule() {
        assertEquals(KrakenEndings.Sender.ORGANIZATION, KrakenEndings.Sender.of(true, false));
        assertEquals(KrakenEndings.Sender.ORGANIZATION, KrakenEndings.Sender.of(true, true));
        assertEquals(KrakenEndings.Sender.USER, KrakenEndings.Sender.of(false, true));
        assertEquals(KrakenEndings.Sender.NOBODY, KrakenEndings.Sender.of(false, false));
    }
}
