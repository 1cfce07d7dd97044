package dev.portalauth.internal.kraken;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.Organization;
import dev.portalauth.internal.config.OrganizationSettings;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * Ends sessions and links at Kraken: one refresh token ({@code invalidateRefreshToken}, as the
 * organisation when its key is configured, since it holds the permission, else as the user), every
 * token of a user ({@code forceReauthentication}, as that user), or the key a visitor's scoped token
 * came from ({@code invalidatePreSignedToken}, as that token). Each is one call through the transport (never
 * sent twice, bounded by the read timeout, behind the breaker and the session bulkhead) and answers
 * only whether Kraken confirmed the ending: it never throws, so a logout always completes. Tokens
 * never reach a message.
 */
@ApplicationScoped
public class KrakenEndings {

    private static final Logger LOG = Logger.getLogger(KrakenEndings.class.getName());
    static final String INVALIDATE_REFRESH_TOKEN = "invalidateRefreshToken";
    static final String FORCE_REAUTHENTICATION = "forceReauthentication";
    static final String INVALIDATE_PRE_SIGNED_TOKEN = "invalidatePreSignedToken";
    static final String OAUTH_REVOCATION = "oauth revocation";

    /** Who an {@code invalidateRefreshToken} is sent as. */
    public enum Sender {
        ORGANIZATION, USER, NOBODY;

        /**
         * The organisation whenever its key is configured (it holds the permission a user lacks); else
         * the user, with an access token still valid (an expired one is not refreshed for a logout);
         * else nobody: no call.
         */
        public static Sender of(boolean organizationKeySet, boolean userTokenValid) {
            return organizationKeySet ? ORGANIZATION : userTokenValid ? USER : NOBODY;
        }
    }

    private final boolean organizationKeySet;
    private final KrakenQueries queries;
    private final KrakenOAuth oauth;
    private final KrakenClient organization;

    private final RepeatedWarning missingPermission = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning notEnded =
            new RepeatedWarning(LOG, Level.INFO, Duration.ofMinutes(1), Clock.systemUTC());

    @Inject
    KrakenEndings(OrganizationSettings settings, KrakenQueries queries, KrakenOAuth oauth,
            @Organization KrakenClient organization) {
        this.organizationKeySet = settings.organizationKey().isPresent();
        this.queries = queries;
        this.oauth = oauth;
        this.organization = organization;
    }

    /** For the container's client proxy only. */
    protected KrakenEndings() {
        this.organizationKeySet = false;
        this.queries = null;
        this.oauth = null;
        this.organization = null;
    }

    /**
     * @param userToken the session's access token while it is valid, else {@code null}
     * @return true when Kraken confirmed the refresh token is no longer valid
     */
    public boolean endRefreshToken(String refreshToken, String userToken, String clientIp) {
        Sender sender = Sender.of(organizationKeySet, userToken != null);
        if (sender == Sender.NOBODY) {
            return false;
        }
        Map<String, Object> variables = Map.of("input", Map.of("refreshToken", refreshToken));
        return ended(INVALIDATE_REFRESH_TOKEN, KrakenRefusals.INVALIDATE_REFRESH_TOKEN, sender, () -> {
            Map<?, ?> data = sender == Sender.ORGANIZATION
                    ? organization.request(KrakenDocuments.INVALIDATE_REFRESH_TOKEN, variables, Map.class)
                    : queries.request(KrakenCaller.SESSION, userToken, clientIp, KrakenDocuments.INVALIDATE_REFRESH_TOKEN, variables, Map.class);
            return tokenNoLongerValid(data, INVALIDATE_REFRESH_TOKEN);
        });
    }

    /**
     * An OAuth session's refresh token, revoked at {@code kraken.oauth-revocation-endpoint} (RFC 7009)
     * when configured; else nothing is sent.
     *
     * @return true when the endpoint confirmed
     */
    public boolean revokeOAuthRefreshToken(String refreshToken, String clientIp) {
        return ended(OAUTH_REVOCATION, null, Sender.USER, () -> oauth.revoke(refreshToken, clientIp));
    }

    /** @return true when Kraken confirmed every token of the user behind {@code userToken} ended */
    public boolean forceReauthentication(String userToken, String clientIp) {
        Map<String, Object> variables = Map.of("input", Map.of("includeThirdParties", false));
        return ended(FORCE_REAUTHENTICATION, KrakenRefusals.FORCE_REAUTHENTICATION, Sender.USER, () -> Boolean.TRUE.equals(member(member(
                queries.request(KrakenCaller.SESSION, userToken, clientIp, KrakenDocuments.FORCE_REAUTHENTICATION, variables, Map.class),
                FORCE_REAUTHENTICATION), "tokensInvalidated")));
    }

    /**
     * Ends the pre-signed key a visitor's scoped token was made from, sent as that token with the
     * visitor's address (Kraken limits it per address).
     *
     * @return true when Kraken confirmed the key no longer valid
     */
    public boolean endPreSignedKey(String key, String scopedToken, String clientIp) {
        Map<String, Object> variables = Map.of("input", Map.of("token", key));
        return ended(INVALIDATE_PRE_SIGNED_TOKEN, KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN, Sender.USER, () -> tokenNoLongerValid(
                queries.request(KrakenCaller.SESSION, scopedToken, clientIp, KrakenDocuments.INVALIDATE_PRE_SIGNED_TOKEN, variables, Map.class),
                INVALIDATE_PRE_SIGNED_TOKEN));
    }

    private interface Call {
        boolean confirmed();
    }

    /** @param refusals the mutation's row of Kraken's refusal codes; null for the OAuth revocation (no Kraken codes) */
    private boolean ended(String operation, KrakenRefusals refusals, Sender sender, Call call) {
        try {
            return call.confirmed();
        } catch (KrakenException e) {
            if (refusals != null && refusals.missingPermission(e.errorCodes())) {
                missingPermission.log(() -> EndMessages.MISSING_PERMISSION.format(operation, sender.name().toLowerCase(),
                        e.errorCodes(), refusals.permission().orElseThrow()));
            } else {
                notEnded.log(() -> EndMessages.NOT_CONFIRMED.format(operation,
                        e.errorCodes().isEmpty() ? e.getMessage() : e.errorCodes()));
            }
            return false;
        } catch (IllegalStateException e) {
            notEnded.log(() -> EndMessages.NOT_SENT.format(operation, e.getMessage()));
            return false;
        }
    }

    /** Whether {@code data.<operation>.token.isValid} says false: Kraken confirmed the ending. */
    static boolean tokenNoLongerValid(Map<?, ?> data, String operation) {
        return Boolean.FALSE.equals(member(member(member(data, operation), "token"), "isValid"));
    }

    private static Object member(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
