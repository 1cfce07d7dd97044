package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.spi.MasqueradeParams;

/**
 * The session chain at Kraken's authentication mutations: what each answer means for the visitor —
 * the operation's own refusal (only for the codes {@link KrakenRefusals} lists for it),
 * {@code RATE_LIMITED}, or {@code KRAKEN_UNAVAILABLE} for garbage and for every other code —
 * classified by {@code errorCode}, with no secret in any message.
 */
class KrakenAuthenticationSpec {

    private static final String KEY = "PPlJHOc6h8Xl3Y1KIcEp0S6vYE7tvkBbgh";

    /** Answers every call with one GraphQL result, and remembers the last one sent. */
    private static final class ScriptedTransport extends KrakenTransport {
        GraphqlResult answer;
        String lastOperation;

        @Override
        public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                  JsonObject variables, String authorization, String clientIp) {
            lastOperation = operation;
            return answer;
        }
    }

    private final ScriptedTransport transport = new ScriptedTransport();
    private final KrakenAuthentication kraken = new KrakenAuthentication(transport);

    private void krakenAnswers(String data, String... errorCodes) {
        JsonObject object = data == null ? null : Json.createReader(new StringReader(data)).readObject();
        transport.answer = new GraphqlResult(object, List.of(errorCodes), errorCodes.length > 0, JsonValue.EMPTY_JSON_ARRAY);
    }

    private static AuthErrorCode refusal(Runnable call) {
        return assertThrows(KrakenException.class, call::run).authError().orElseThrow();
    }

    @Test
    void aTokenAnswerCarriesTheRefreshTokenAndItsAbsoluteExpiry() {
        krakenAnswers("{\"obtainKrakenToken\":{\"token\":\"t\",\"refreshToken\":\"r\",\"refreshExpiresIn\":1900000000}}");

        ObtainedToken obtained = kraken.login("a@b.c", "pw", "203.0.113.7");

        assertEquals("t", obtained.token());
        assertEquals(Optional.of("r"), obtained.refreshToken());
        assertEquals(Optional.of(Instant.ofEpochSecond(1_900_000_000L)), obtained.refreshExpiresAt());
    }

    @Test
    void eachWayInHasItsOwnRefusal() {
        krakenAnswers(null, "KT-CT-1139");

        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusal(() -> kraken.exchangePreSignedKey(KEY, null)));
        assertEquals(AuthErrorCode.LOGIN_FAILED, refusal(() -> kraken.login("a@b.c", "pw", null)));
        assertEquals(AuthErrorCode.SESSION_EXPIRED, refusal(() -> kraken.refresh("r", null)));
        assertEquals(AuthErrorCode.MASQUERADE_FAILED,
                refusal(() -> kraken.masquerade(new MasqueradeParams("101", "m"), null)));
    }

    @Test
    void krakensTooManyRequestsIsRateLimitedWhateverTheOperation() {
        krakenAnswers(null, "KT-CT-1199");

        assertEquals(AuthErrorCode.RATE_LIMITED, refusal(() -> kraken.exchangePreSignedKey(KEY, null)));
        assertEquals(AuthErrorCode.RATE_LIMITED, refusal(() -> kraken.acceptsToken("t", null)));
    }

    @Test
    void aCodeThatIsNoRefusalOfTheOperationIsKrakenUnavailableWhateverTheOperation() {
        for (String code : List.of("KT-CT-1113", "KT-CT-9999", "UNKNOWN")) {
            krakenAnswers(null, code);

            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.exchangePreSignedKey(KEY, null)), code);
            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.login("a@b.c", "pw", null)), code);
            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.refresh("r", null)), code);
            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE,
                    refusal(() -> kraken.masquerade(new MasqueradeParams("101", "m"), null)), code);
            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.acceptsToken("t", null)), code);
        }
    }

    @Test
    void eachOperationIsRefusedOnlyByItsOwnCodes() {
        krakenAnswers(null, "KT-CT-1138"); // bad email or password: says nothing about a key or a refresh token
        assertEquals(AuthErrorCode.LOGIN_FAILED, refusal(() -> kraken.login("a@b.c", "pw", null)));
        assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.exchangePreSignedKey(KEY, null)));
        assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.refresh("r", null)));

        krakenAnswers(null, "KT-CT-1134");
        assertEquals(AuthErrorCode.SESSION_EXPIRED, refusal(() -> kraken.refresh("r", null)));

        krakenAnswers(null, "KT-CT-1111");
        assertEquals(AuthErrorCode.MASQUERADE_FAILED,
                refusal(() -> kraken.masquerade(new MasqueradeParams("101", "m"), null)));
        assertFalse(kraken.acceptsToken("t", null), "a token Kraken does not let read the viewer");
    }

    @Test
    void aQueryIsUnauthenticatedOnlyForCodesSayingTheTokenIsNotGood() {
        assertEquals(AuthErrorCode.UNAUTHENTICATED, KrakenErrorCodes.ofQuery(List.of("KT-CT-1124")));
        assertEquals(AuthErrorCode.UNAUTHENTICATED, KrakenErrorCodes.ofQuery(List.of("KT-CT-1143")));
        assertEquals(AuthErrorCode.RATE_LIMITED, KrakenErrorCodes.ofQuery(List.of("KT-CT-1199")));
        assertEquals(null, KrakenErrorCodes.ofQuery(List.of("KT-CT-1111")), "not authorised for this object");
        assertEquals(null, KrakenErrorCodes.ofQuery(List.of("KT-CT-4619")));
    }

    @Test
    void anAnswerWithoutTheExpectedFieldsIsKrakenUnavailable() {
        for (String data : List.of("{}", "{\"obtainKrakenToken\":null}", "{\"obtainKrakenToken\":{\"token\":\"\"}}",
                "{\"obtainKrakenToken\":{\"token\":42}}")) {
            krakenAnswers(data);

            assertEquals(AuthErrorCode.KRAKEN_UNAVAILABLE, refusal(() -> kraken.login("a@b.c", "pw", null)), data);
        }
    }

    @Test
    void aMasqueradeRefusedInsideItsPayloadIsMasqueradeFailed() {
        krakenAnswers("{\"masqueradeAuthentication\":{\"token\":null,\"errors\":[{\"field\":\"userId\",\"messages\":[\"no\"]}]}}");

        assertEquals(AuthErrorCode.MASQUERADE_FAILED, refusal(() -> kraken.masquerade(new MasqueradeParams("101", "m"), null)));
    }

    @Test
    void krakenAcceptsAMobileTokenOnlyWhenItAnswersTheViewer() {
        krakenAnswers("{\"viewer\":{\"id\":\"101\"}}");
        assertTrue(kraken.acceptsToken("t", null));

        krakenAnswers(null, "KT-CT-1124");
        assertFalse(kraken.acceptsToken("t", null));

        krakenAnswers("{\"viewer\":null}");
        assertFalse(kraken.acceptsToken("t", null));
    }

    @Test
    void noSecretEverReachesAnOperationNameOrAMessage() {
        krakenAnswers(null, "KT-CT-1139");

        KrakenException e = assertThrows(KrakenException.class, () -> kraken.exchangePreSignedKey(KEY, null));

        assertFalse(e.getMessage().contains(KEY) || transport.lastOperation.contains(KEY));
        KrakenException login = assertThrows(KrakenException.class, () -> kraken.login("a@b.c", "hunter2", null));
        assertFalse(login.getMessage().contains("hunter2") || transport.lastOperation.contains("hunter2"));
    }
}
