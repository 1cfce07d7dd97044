package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.kraken.KrakenTransport.TokenEndpointAnswer;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * Kraken OAuth login at Kraken's token endpoint: the forms of the two grants, HTTP Basic only for a
 * confidential client, what each answer means for the visitor, and no secret or token in a message.
 */
class KrakenOAuthSpec {

    /** Answers every form with one answer, and remembers what was sent. */
    private static final class ScriptedTransport extends KrakenTransport {
        TokenEndpointAnswer answer;
        KrakenCaller caller;
        Map<String, String> form;
        String authorization;

        @Override
        TokenEndpointAnswer sendForm(KrakenCaller caller, String operation, String form, String authorization,
                                     String clientIp) {
            this.caller = caller;
            this.form = new LinkedHashMap<>();
            for (String pair : form.split("&")) {
                String[] kv = pair.split("=", 2);
                this.form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            this.authorization = authorization;
            return answer;
        }

        int revocationStatus = 200;
        String revocation;

        @Override
        int sendRevocation(String operation, String form, String authorization, String clientIp) {
            this.revocation = form;
            this.authorization = authorization;
            return revocationStatus;
        }
    }

    private final ScriptedTransport transport = new ScriptedTransport();
    private final MutableClock clock = MutableClock.atSystemTime();

    private KrakenOAuth oauth(String... extra) {
        String[] keys = new String[extra.length + 6];
        keys[0] = "kraken.auth-endpoint";
        keys[1] = "https://auth.example";
        keys[2] = "kraken.oauth-client-id";
        keys[3] = "portal:one";
        keys[4] = "kraken.auth.public-origin";
        keys[5] = "https://portal.example";
        System.arraycopy(extra, 0, keys, 6, extra.length);
        return new KrakenOAuth(transport, AuthSettings.from(MapConfig.withEndpointAnd(keys)).oauth(), clock);
    }

    private void answers(int status, String json) {
        transport.answer = new TokenEndpointAnswer(status, Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aCodeIsSwappedWithEveryFieldOfTheGrantAndNoBasicAuthForAPublicClient() {
        answers(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"refresh_token_expires_in\":600}");

        ObtainedToken obtained = oauth().exchangeCode("c0de", "verifier", "https://portal.example/cb", null);

        assertEquals(Map.of("grant_type", "authorization_code", "code", "c0de",
                "redirect_uri", "https://portal.example/cb", "client_id", "portal:one", "code_verifier", "verifier"),
                transport.form);
        assertNull(transport.authorization);
        assertEquals(KrakenCaller.ANONYMOUS, transport.caller);
        assertEquals("a", obtained.token());
        assertEquals(Optional.of("r"), obtained.refreshToken());
        assertEquals(Optional.of(Instant.ofEpochSecond(clock.instant().getEpochSecond() + 600)),
                obtained.refreshExpiresAt().map(i -> Instant.ofEpochSecond(i.getEpochSecond())));
    }

    @Test
    void aConfidentialClientAuthenticatesWithHttpBasicOfTheFormEncodedIdAndSecret() {
        answers(200, "{\"access_token\":\"a\"}");

        oauth("kraken.oauth-client-secret", "s3cr:t").exchangeCode("c", "v", "https://p/cb", null);

        String expected = "Basic " + Base64.getEncoder().encodeToString("portal%3Aone:s3cr%3At".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, transport.authorization);
    }

    @Test
    void aRefreshIsARefreshGrantForASessionAndKeepsTheOldRefreshTokenWhenNoNewOneComes() {
        answers(200, "{\"access_token\":\"a2\"}");

        ObtainedToken obtained = oauth().refresh("r1", null);

        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", "r1", "client_id", "portal:one"), transport.form);
        assertEquals(KrakenCaller.SESSION, transport.caller);
        assertEquals(Optional.of("r1"), obtained.refreshToken());
        assertEquals(Optional.empty(), obtained.refreshExpiresAt());
    }

    @Test
    void refusalsAreOAuthFailedForALoginAndSessionExpiredForARefresh() {
        answers(400, "{\"error\":\"invalid_grant\"}");
        KrakenOAuth oauth = oauth();

        assertEquals(Optional.of(AuthErrorCode.OAUTH_FAILED),
                assertThrows(KrakenException.class, () -> oauth.exchangeCode("c", "v", "u", null)).authError());
        assertEquals(Optional.of(AuthErrorCode.SESSION_EXPIRED),
                assertThrows(KrakenException.class, () -> oauth.refresh("r", null)).authError());
    }

    @Test
    void aRefusedClientIsLoggedAsAConfigurationProblemWithoutTheSecret() {
        answers(401, "{\"error\":\"invalid_client\"}");
        try (CapturedLog log = CapturedLog.of(KrakenOAuth.class)) {
            KrakenException e = assertThrows(KrakenException.class,
                    () -> oauth("kraken.oauth-client-secret", "TOPSECRET").exchangeCode("c", "v", "u", null));

            assertEquals(Optional.of(AuthErrorCode.OAUTH_FAILED), e.authError());
            assertTrue(log.text().contains("KPA-OAUTH-002"), log.text());
            assertFalse(log.text().contains("TOPSECRET") || e.getMessage().contains("TOPSECRET"));
        }
    }

    @Test
    void anAnswerWithoutAnAccessTokenIsKrakenUnavailable() {
        answers(200, "{\"token_type\":\"Bearer\"}");

        assertEquals(Optional.of(AuthErrorCode.KRAKEN_UNAVAILABLE),
                assertThrows(KrakenException.class, () -> oauth().exchangeCode("c", "v", "u", null)).authError());
    }

    @Test
    void aTokenNeverReachesAMessage() {
        answers(200, "{\"access_token\":\"SECRET-ACCESS\",\"refresh_token\":\"SECRET-REFRESH\"}");

        ObtainedToken obtained = oauth().exchangeCode("c", "v", "u", null);

        assertFalse(obtained.toString().contains("SECRET") || transport.answer.toString().contains("SECRET"));
    }

    @Test
    void aLogoutRevokesTheRefreshTokenAtTheRevocationEndpointWhenOneIsConfigured() {
        KrakenOAuth oauth = oauth("kraken.oauth-revocation-endpoint", "https://auth.example/revoke/");

        assertTrue(oauth.revoke("r/1", null));
        assertEquals("token=r%2F1&token_type_hint=refresh_token&client_id=portal%3Aone", transport.revocation);

        transport.revocationStatus = 503;
        assertFalse(oauth.revoke("r/1", null));
    }

    @Test
    void withoutARevocationEndpointNothingIsSent() {
        assertFalse(oauth().revoke("r1", null));
        assertEquals(null, transport.revocation);
    }
}
