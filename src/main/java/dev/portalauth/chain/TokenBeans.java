package dev.portalauth.chain;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.GuestTokens;
import dev.portalauth.config.AuthSettings;
import dev.portalauth.token.GuestTokenIssuer;
import dev.portalauth.token.GuestTokensImpl;
import dev.portalauth.token.KrakenTokenVerifier;
import dev.portalauth.token.ModuleKeys;
import dev.portalauth.token.ModuleTokens;
import dev.portalauth.token.SessionPayloadCodec;

/**
 * Builds the token machinery once, at start-up (a bad key stops deployment naming its key), and
 * hands out the same instances: they are immutable and thread-safe, so no proxies are needed.
 */
@ApplicationScoped
public class TokenBeans {

    @Inject
    AuthSettings settings;

    private KrakenTokenVerifier krakenTokens;
    private ModuleKeys moduleKeys;
    private ModuleTokens moduleTokens;
    private GuestTokens guestTokens;
    private GuestTokenIssuer guestIssuer;
    private SessionPayloadCodec payloads;

    @PostConstruct
    void build() {
        Clock clock = Clock.systemUTC();
        int cacheSize = settings.tokenCacheMaxEntries();
        krakenTokens = new KrakenTokenVerifier(settings.jwksUri(), settings.connectTimeout(), settings.readTimeout(),
                cacheSize, clock);
        moduleKeys = ModuleKeys.load(settings.signingKey(), settings.signingKeyLocation(), settings.keyId(),
                settings.previousKeysLocation(), Thread.currentThread().getContextClassLoader());
        moduleTokens = new ModuleTokens(moduleKeys, settings.issuer(), clock, cacheSize);
        guestTokens = new GuestTokensImpl(moduleTokens, clock);
        guestIssuer = new GuestTokenIssuer(moduleTokens, settings.guestLifetime(), clock);
        payloads = new SessionPayloadCodec(moduleTokens);
    }

    /** Observing start-up makes the container build this bean (and load the keys) before any request. */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Nothing more to do: @PostConstruct has run.
    }

    @Produces
    KrakenTokenVerifier krakenTokens() {
        return krakenTokens;
    }

    @Produces
    ModuleKeys moduleKeys() {
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
    SessionPayloadCodec payloads() {
        return payloads;
    }
}
