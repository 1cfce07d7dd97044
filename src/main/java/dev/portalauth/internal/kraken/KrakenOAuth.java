package dev.portalauth.internal.kraken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.kraken.KrakenTransport.TokenEndpointAnswer;
import dev.portalauth.internal.observe.CountedOutcome;
import dev.portalauth.internal.observe.Flow;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * Kraken's OAuth token endpoint: an authorisation code swapped for tokens, and the
 * refresh of a session that began there. A public client sends its {@code client_id}; a
 * confidential one also authenticates with HTTP Basic (RFC 6749 2.3.1). Tokens never reach a
 * message; the client secret never leaves the {@code Authorization} header.
 */
@ApplicationScoped
public class KrakenOAuth {

    private static final Logger LOG = Logger.getLogger(KrakenOAuth.class.getName());

    private final KrakenTransport transport;
    private final OAuthSettings settings;
    private final Clock clock;

    // A flood of forged callbacks produces refusals: one line a minute, with a count.
    private final RepeatedWarning refusals =
            new RepeatedWarning(LOG, Level.INFO, Duration.ofMinutes(1), Clock.systemUTC());
    private final RepeatedWarning clientRefusals = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning garbage = RepeatedWarning.perMinute(LOG);
    private final String clientId;
    private final String basicAuthorization;

    @Inject
    KrakenOAuth(KrakenTransport transport, OAuthSettings settings, Clock clock) {
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.clientId = settings.oauthClientId().orElse(null);
        this.basicAuthorization = settings.oauthClientSecret().map(secret -> "Basic " + Base64.getEncoder().encodeToString(
                (form(clientId) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    /** For the container's client proxy only. */
    protected KrakenOAuth() {
        this.transport = null;
        this.settings = null;
        this.clock = null;
        this.clientId = null;
        this.basicAuthorization = null;
    }

    /**
     * {@code grant_type=authorization_code}.
     *
     * @throws KrakenException {@code OAUTH_FAILED} when Kraken refuses (code used, expired, wrong
     *                         verifier, client refused), {@code RATE_LIMITED}, {@code KRAKEN_UNAVAILABLE}
     */
    @CountedOutcome(Flow.OAUTH_LOGIN)
    public ObtainedToken exchangeCode(String code, String codeVerifier, String redirectUri, String clientIp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("code_verifier", codeVerifier);
        return obtain("oauth token (authorization_code)", form, KrakenCaller.ANONYMOUS, AuthErrorCode.OAUTH_FAILED,
                null, clientIp);
    }

    /**
     * {@code grant_type=refresh_token}; a token endpoint that issues no new refresh token leaves the
     * old one in use (RFC 6749 6).
     *
     * @throws KrakenException {@code SESSION_EXPIRED} when Kraken refuses, {@code RATE_LIMITED}, {@code KRAKEN_UNAVAILABLE}
     */
    @CountedOutcome(Flow.REFRESH)
    public ObtainedToken refresh(String refreshToken, String clientIp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId);
        return obtain("oauth token (refresh_token)", form, KrakenCaller.SESSION, AuthErrorCode.SESSION_EXPIRED,
                refreshToken, clientIp);
    }

    /**
     * Revokes an OAuth session's refresh token at {@code kraken.oauth-revocation-endpoint} (RFC 7009);
     * without that endpoint nothing is sent.
     *
     * @return true when the endpoint answered 200 (RFC 7009 2.2: revoked, or already invalid)
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE} or {@code RATE_LIMITED}
     */
    public boolean revoke(String refreshToken, String clientIp) {
        if (settings.oauthRevocationEndpoint().isEmpty()) {
            return false;
        }
        String body = form("token") + "=" + form(refreshToken) + "&" + form("token_type_hint") + "=" + form("refresh_token")
                + (clientId == null ? "" : "&" + form("client_id") + "=" + form(clientId));
        return transport.sendRevocation("oauth revocation", body, basicAuthorization, clientIp) == 200;
    }

    private ObtainedToken obtain(String operation, Map<String, String> form, KrakenCaller caller,
                                 AuthErrorCode refused, String currentRefreshToken, String clientIp) {
        if (clientId == null) { // an OAuth session outliving its configuration cannot be refreshed
            throw new KrakenException(refused, List.of(), "Kraken OAuth is not configured");
        }
        String body = form.entrySet().stream().map(e -> form(e.getKey()) + "=" + form(e.getValue()))
                .collect(Collectors.joining("&"));
        TokenEndpointAnswer answer = transport.sendForm(caller, operation, body, basicAuthorization, clientIp);
        if (answer.status() != 200) {
            String error = string(answer.body(), "error").orElse("unknown");
            if ("invalid_client".equals(error) || "unauthorized_client".equals(error)) {
                clientRefusals.log(() -> OAuthMessages.CLIENT_REFUSED.format(operation, error));
            } else {
                refusals.log(() -> OAuthMessages.REFUSED.format(operation, safe(error)));
            }
            throw new KrakenException(refused, List.of(), operation + " refused");
        }
        JsonObject tokens = answer.body();
        String access = string(tokens, "access_token").orElseThrow(() -> garbage(operation));
        Optional<String> refresh = string(tokens, "refresh_token").or(() -> Optional.ofNullable(currentRefreshToken));
        Optional<Instant> refreshExpiresAt = tokens.get("refresh_token_expires_in") instanceof JsonNumber n
                && string(tokens, "refresh_token").isPresent()
                ? Optional.of(clock.instant().plusSeconds(n.longValue())) : Optional.empty();
        return new ObtainedToken(access, refresh, refreshExpiresAt);
    }

    private static Optional<String> string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString()) : Optional.empty();
    }

    /** An error name from Kraken as it may be logged: OAuth's names are short ASCII words. */
    private static String safe(String error) {
        return error.matches("[a-z_]{1,40}") ? error : "(unreadable error)";
    }

    private KrakenException garbage(String operation) {
        garbage.log(() -> KrakenMessages.UNUSABLE_ANSWER.format(operation));
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), operation + ": unusable answer");
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
