package dev.portalauth.internal.wiring;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.AuthMethod;
import dev.portalauth.GuestTokens;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.config.KrakenSettings;
import dev.portalauth.internal.config.SigningKeySettings;
import dev.portalauth.internal.config.TokenSettings;
import dev.portalauth.internal.kraken.KrakenEndpoint;
import dev.portalauth.internal.kraken.KrakenProtections;
import dev.portalauth.internal.observe.PortalAuthMetrics;
import dev.portalauth.internal.token.ClaimsBudget;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.GuestTokensImpl;
import dev.portalauth.internal.token.InvalidKeyConfigException;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.ReloadingKeys;
import dev.portalauth.internal.token.SessionPayloadCodec;
import dev.portalauth.internal.token.ShippedKeys;
import dev.portalauth.internal.token.TokenMessages;

/**
 * Builds the token machinery once, at start-up (a bad key stops deployment naming its key), and
 * hands out the same instances: they are thread-safe, and the keys change only by swapping one
 * immutable set for another inside {@link CurrentKeys}, so no proxies are needed.
 */
@ApplicationScoped
public class TokenBeans {

    private static final Logger LOG = Logger.getLogger(TokenBeans.class.getName());

    private final KrakenTokenVerifier krakenTokens;
    private final CurrentKeys moduleKeys;
    private final ModuleTokens moduleTokens;
    private final GuestTokens guestTokens;
    private final GuestTokenIssuer guestIssuer;
    private final SessionPayloadCodec payloads;
    private final CredentialVerifier credentials;

    @Inject
    TokenBeans(PortalAuthMetrics metrics, KrakenSettings kraken, TokenSettings token, SigningKeySettings signingKey,
               CookieSettings cookie, GuestSettings guest, Clock clock, KrakenProtections guards) {
        int cacheSize = token.tokenCacheMaxEntries();
        krakenTokens = new KrakenTokenVerifier(kraken.jwksUri(), kraken.connectTimeout(), kraken.readTimeout(),
                guards.breaker(KrakenEndpoint.JWKS), cacheSize, clock);
        moduleKeys = ReloadingKeys.of(loadKeys(signingKey, token), signingKey.signingKeyLocation(), signingKey.keyId(),
                signingKey.previousKeysLocation(), signingKey.keyReload(), clock);
        moduleTokens = new ModuleTokens(moduleKeys, signingKey.issuer(), clock, cacheSize);
        guestTokens = new GuestTokensImpl(moduleTokens, clock);
        ClaimsBudget budget = new ClaimsBudget(cookie.maxClaimsBytes());
        guestIssuer = new GuestTokenIssuer(moduleTokens, guest.guestLifetime(), budget, clock, metrics::guestTokenIssued);
        payloads = new SessionPayloadCodec(moduleTokens, budget);
        Map<AuthMethod, Set<String>> gty = new EnumMap<>(AuthMethod.class);
        for (AuthMethod kind : AuthMethod.values()) {
            gty.put(kind, token.gtyOf(kind));
        }
        credentials = new CredentialVerifier(krakenTokens, new CredentialBindings(moduleTokens, moduleKeys), gty,
                token.trustUnverifiedTokens());
        warnAboutTrust(signingKey, kraken, token);
    }

    /** For the container's client proxy only. */
    protected TokenBeans() {
        this.krakenTokens = null;
        this.moduleKeys = null;
        this.moduleTokens = null;
        this.guestTokens = null;
        this.guestIssuer = null;
        this.payloads = null;
        this.credentials = null;
    }

    /**
     * The configured keys, refused when unusable or published for tests. The reason is logged as well
     * as thrown: a server may report a failed deployment without the exception's causes (Payara Micro
     * does for a module in {@code WEB-INF/lib}). Messages name settings, never key material.
     */
    private static ModuleKeys loadKeys(SigningKeySettings signingKey, TokenSettings token) {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        try {
            ModuleKeys loaded = ModuleKeys.load(signingKey.signingKey(), signingKey.signingKeyLocation(), signingKey.keyId(),
                    signingKey.previousKeysLocation(), application);
            ShippedKeys.refuseOutsideTests(loaded, signingKey.signingKey().isPresent(),
                    ShippedKeys.simulatorDeployed(application), token.trustUnverifiedTokens());
            return loaded;
        } catch (InvalidKeyConfigException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    private static void warnAboutTrust(SigningKeySettings signingKey, KrakenSettings kraken, TokenSettings token) {
        boolean staticKey = signingKey.signingKey().isPresent() || signingKey.signingKeyLocation().isPresent();
        if (!staticKey && kraken.jwksUri().isEmpty()) {
            TokenMessages.NO_SHARED_KEYS.log(LOG);
        }
        if (token.trustUnverifiedTokens()) {
            TokenMessages.TRUSTING_UNVERIFIED_TOKENS.log(LOG);
        }
    }

    /**
     * Observing start-up makes the container build this bean (and load the keys) before any request,
     * and starts fetching Kraken's JWKS once, beside the start rather than in it: a JWKS served slowly
     * (or by an application the server has not started yet) does not hold the deployment up to its
     * read timeout. Unreachable, it is retried when a token needs it, and the start-up health check
     * waits for it (status.StartupGate).
     */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Thread fetch = new Thread(krakenTokens::fetchJwks, "kraken-portal-auth-jwks");
        fetch.setDaemon(true);
        fetch.start();
    }

    @Produces
    KrakenTokenVerifier krakenTokens() {
        return krakenTokens;
    }

    @Produces
    CurrentKeys moduleKeys() {
        return moduleKeys;
    }

    @Produces
    ModuleTokens moduleTokens() {
        return moduleTokens;
    }

    @Produces
    GuestTokens guestTokens() {
        return guestTokens;
    }

    @Produces
    GuestTokenIssuer guestIssuer() {
        return guestIssuer;
    }

    @Produces
    CredentialVerifier credentials() {
        return credentials;
    }

    @Produces
    SessionPayloadCodec payloads() {
        return payloads;
    }
}
