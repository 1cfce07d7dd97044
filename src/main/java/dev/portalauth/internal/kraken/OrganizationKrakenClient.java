package dev.portalauth.internal.kraken;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.Organization;
import dev.portalauth.internal.config.OrganizationSettings;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * {@code @Organization KrakenClient}: queries sent as the organisation whose secret key
 * is {@code kraken.organization-key}, with the token {@link OrganizationTokens} holds. Without the
 * key the bean still deploys (a portal may never use it); using it throws, naming the key.
 */
@ApplicationScoped
@Organization
public class OrganizationKrakenClient implements KrakenClient {

    private static final Logger LOG = Logger.getLogger(OrganizationKrakenClient.class.getName());

    private final KrakenQueries queries;
    private final Clock clock;
    private final HttpServletRequest request;
    private final ClientAddresses clientAddresses;
    private final RepeatedWarning notConfigured = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning tokenRefused = RepeatedWarning.perMinute(LOG);
    /** {@code null} when no organisation key is configured. */
    private final OrganizationTokens tokens;

    @Inject
    OrganizationKrakenClient(OrganizationSettings settings, KrakenAuthentication authentication, KrakenQueries queries,
            Clock clock, HttpServletRequest request, ClientAddresses clientAddresses) {
        this.queries = queries;
        this.clock = clock;
        this.request = request;
        this.clientAddresses = clientAddresses;
        this.tokens = settings.organizationKey()
                .map(key -> new OrganizationTokens(() -> authentication.organization(key), clock))
                .orElse(null);
    }

    /** For the container's client proxy only. */
    protected OrganizationKrakenClient() {
        this.queries = null;
        this.clock = null;
        this.request = null;
        this.clientAddresses = null;
        this.tokens = null;
    }

    /**
     * @throws IllegalStateException {@code KPA-ORG-001} when {@code kraken.organization-key} is not set
     * @throws KrakenException       as {@link KrakenClient#request}; {@code KRAKEN_UNAVAILABLE} while no
     *                               organisation token can be had; {@code RATE_LIMITED} (no error codes,
     *                               Kraken not called) over the client's {@code kraken.auth.rate-limit.public}
     */
    @Override
    public <T> T request(String document, Map<String, Object> variables, Class<T> dataType) {
        return request(configured().current(), document, variables, dataType);
    }

    /**
     * {@link #request}, except that a token Kraken says has expired ({@code KT-CT-1120}) is renewed at
     * once and the call sent once more with the new one: for mutations a portal must not lose to a
     * clock skew, such as issuing a pre-signed key.
     */
    public <T> T requestRenewingExpired(String document, Map<String, Object> variables, Class<T> dataType) {
        OrganizationTokens held = configured();
        String token = held.current();
        try {
            return queries.requestForPublic(token, clientIp(), document, variables, dataType);
        } catch (KrakenException e) {
            if (!e.hasErrorCode(KrakenErrorCodes.ORGANIZATION_TOKEN_EXPIRED)) {
                throw refused(token, e);
            }
            held.expired(token);
        }
        return request(held.current(), document, variables, dataType);
    }

    private OrganizationTokens configured() {
        if (tokens == null) {
            notConfigured.log(OrganizationMessages.NOT_CONFIGURED::format);
            throw new IllegalStateException(OrganizationMessages.NOT_CONFIGURED.format());
        }
        return tokens;
    }

    private <T> T request(String token, String document, Map<String, Object> variables, Class<T> dataType) {
        try {
            return queries.requestForPublic(token, clientIp(), document, variables, dataType);
        } catch (KrakenException e) {
            throw refused(token, e);
        }
    }

    /** What to throw for {@code e}: a refused token is renewed after the backoff, and the call fails as unavailable. */
    private KrakenException refused(String token, KrakenException e) {
        if (e.authError().filter(AuthErrorCode.UNAUTHENTICATED::equals).isEmpty()) {
            return e;
        }
        // Kraken no longer takes the token (revoked, expired early): renew it, after the backoff.
        tokens.refused(token);
        tokenRefused.log(() -> OrganizationMessages.TOKEN_REFUSED.format(e.errorCodes()));
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, e.errorCodes(),
                OrganizationMessages.TOKEN_REFUSED_ANSWER.format(e.errorCodes()));
    }

    /** The visitor's address for {@code x-kraken-client-ip}, none when used outside a request (a scheduled job). */
    private String clientIp() {
        try {
            return Optional.ofNullable(request).map(r -> clientAddresses.of(r)).orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
