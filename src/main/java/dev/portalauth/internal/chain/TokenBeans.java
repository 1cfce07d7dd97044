package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
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
import dev.portalauth.internal.kraken.KrakenGuards;
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

/**
 * Builds the token machinery once, at start-up (a bad key stops deployment naming its key), and
 * hands out the same instances: they are thread-safe, and the keys change only by swapping one
 * immutable set for another inside {@link CurrentKeys}, so no proxies are needed.
 */
@ApplicationScoped
public class TokenBeans {

    private static final Logger LOG = Logger.getLogger(TokenBeans.class.getName());

    @Inject
    PortalAuthMetrics metrics;
    @Inject
    KrakenSettings kraken;
    @Inject
    TokenSettings tokens;
    @Inject
    SigningKeySettings signingKeys;
    @Inject
    GuestSettings guest;
    @Inject
    CookieSettings cookieSettings;
    @Inject
    Clock clock;
    @Inject
    KrakenGuards guards;

    private KrakenTokenVerifier krakenTokens;
    private CurrentKeys moduleKeys;
    private ModuleTokens moduleTokens;
    private GuestTokens guestTokens;
    private GuestTokenIssuer guestIssuer;
    private SessionPayloadCodec payloads;
    private CredentialVerifier credentials;

    @PostConstruct
    void build() {
        int cacheSize = tokens.tokenCacheMaxEntries();
        krakenTokens = new KrakenTokenVerifier(kraken.jwksUri(), kraken.connectTimeout(), kraken.readTimeout(),
                guards.breaker(KrakenEndpoint.JWKS), cacheSize, clock);
        moduleKeys = ReloadingKeys.of(loadKeys(), signingKeys.signingKeyLocation(), signingKeys.keyId(),
                signingKeys.previousKeysLocation(), signingKeys.keyReload(), clock);
        moduleTokens = new ModuleTokens(moduleKeys, signingKeys.issuer(), clock, cacheSize);
        guestTokens = new GuestTokensImpl(moduleTokens, clock);
        ClaimsBudget budget = new ClaimsBudget(cookieSettings.maxClaimsBytes());
        guestIssuer = new GuestTokenIssuer(moduleTokens, guest.guestLifetime(), budget, clock, metrics::guestTokenIssued);
        payloads = new SessionPayloadCodec(moduleTokens, budget);
        Map<AuthMethod, Set<String>> gty = new EnumMap<>(AuthMethod.class);
        for (AuthMethod kind : AuthMethod.values()) {
            gty.put(kind, tokens.gtyOf(kind));
        }
        credentials = new CredentialVerifier(krakenTokens, new CredentialBindings(moduleTokens, moduleKeys), gty,
                tokens.trustUnverifiedTokens());
        warnAboutTrust();
    }

    /**
     * The configured keys, refused when unusable or published for tests. The reason is logged as well
     * as thrown: a server may report a failed deployment without the exception's causes (Payara Micro
     * does for a module in {@code WEB-INF/lib}). Messages name settings, never key material.
     */
    private ModuleKeys loadKeys() {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        try {
            ModuleKeys loaded = ModuleKeys.load(signingKeys.signingKey(), signingKeys.signingKeyLocation(), signingKeys.keyId(),
                    signingKeys.previousKeysLocation(), application);
            ShippedKeys.refuseOutsideTests(loaded, signingKeys.signingKey().isPresent(),
                    ShippedKeys.simulatorDeployed(application), tokens.trustUnverifiedTokens());
            return loaded;
        } catch (InvalidKeyConfigException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    private void warnAboutTrust() {
        boolean staticKey = signingKeys.signingKey().isPresent() || signingKeys.signingKeyLocation().isPresent();
        if (!staticKey && kraken.jwksUri().isEmpty()) {
            LOG.warning("KPA-TOKEN-006 neither a signing key nor kraken.jwks-uri is configured: sessions end at"
                    + " a restart and are not shared between nodes");
        }
        if (tokens.trustUnverifiedTokens()) {
            LOG.warning("KPA-TOKEN-005 kraken.auth.trust-unverified-tokens=true: Kraken tokens that nothing proves"
                    + " are trusted on their decoded claims. Development only: anyone can forge a session");
        }
    }

    /**
     * Observing start-up makes the container build this bean (and load the keys) before any request,
     * and fetches Kraken's JWKS once: unreachable, it is retried when a token needs it, without
     * failing deployment.
     */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        krakenTokens.fetchJwks();
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
