package dev.portalauth.internal.chain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.config.TokenSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.KrakenEndings;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.shared.Memories;
import dev.portalauth.internal.shared.StateStores;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.SessionPayloadCodec;
import dev.portalauth.internal.wiring.Extensions;
import dev.portalauth.spi.AnonParamsExtractor;

/**
 * Builds the chain's stages once, at start-up, and hands out the same instances: the ones that
 * remember (refreshes, exchanges, refused and ended keys) are shared by every stage that needs
 * them, so a logout forgets the refresh the access-token reader made and a link ended here is
 * refused by the anon gate.
 */
@ApplicationScoped
public class ChainParts {

    private final TokenRefresher refresher;
    private final CredentialChain credentials;
    private final AnonGate anon;
    private final GuestGate guests;
    private final SessionPayloads payloads;
    private final Logout logout;
    private final LinkEnding linkEnding;

    @Inject
    ChainParts(RouteSettings route, AnonKeySettings anonKey, TokenSettings token, EndpointSettings endpoint, GuestSettings guest,
               Clock clock, StateStores stores, CredentialVerifier verifier, KrakenAuthentication kraken,
               KrakenOAuth oauth, KrakenEndings endings, RateLimits limits, CookieWriter cookies, CookieNames names,
               SessionCookies sessionCookies, GuestTokenIssuer guestIssuer, SessionPayloadCodec payloadCodec,
               Instance<AnonParamsExtractor> customExtractor) {
        this(route, anonKey, token, endpoint, guest, clock, stores, verifier, kraken, oauth, endings, limits, cookies, names, sessionCookies, guestIssuer,
                payloadCodec, Extensions.one(customExtractor,
                        () -> new DefaultAnonParamsExtractor(anonKey.keyQueryParam())));
    }

    /** With the application's extractor of pre-signed keys already resolved. */
    ChainParts(RouteSettings route, AnonKeySettings anonKey, TokenSettings token, EndpointSettings endpoint, GuestSettings guest,
               Clock clock, StateStores stores, CredentialVerifier verifier, KrakenAuthentication kraken,
               KrakenOAuth oauth, KrakenEndings endings, RateLimits limits, CookieWriter cookies, CookieNames names,
               SessionCookies sessionCookies, GuestTokenIssuer guestIssuer, SessionPayloadCodec payloadCodec,
               AnonParamsExtractor extractor) {
        int remembered = token.tokenCacheMaxEntries();
        refresher = new TokenRefresher(kraken, oauth, verifier, sessionCookies, limits,
                stores.memory(Memories.REFRESH_HAND_OVERS), stores.memory(Memories.REFRESH_PREDECESSORS), remembered, clock);
        credentials = CredentialChain.standard(verifier, names, cookies,
                new KrakenConfirmations(kraken, limits, stores.memory(Memories.CONFIRMATIONS), remembered, clock),
                new AccessTokenReader(verifier, refresher, cookies, names, token.refreshMargin(), clock,
                        endpoint.logoutEndpoint()));
        RefusedKeys keys = new RefusedKeys(stores.memory(Memories.REFUSED_KEYS), stores.memory(Memories.ENDED_KEYS),
                anonKey.refusedKeyMemory(), anonKey.endedKeyMemory(), clock);
        anon = new AnonGate(route, anonKey, extractor,
                new KeyExchanger(kraken, verifier.tokens(), sessionCookies, keys, limits, remembered, clock),
                sessionCookies, verifier, keys, cookies, names);
        linkEnding = new LinkEnding(endings, keys, cookies, names);
        guests = new GuestGate(guest, guestIssuer, cookies, names, clock);
        payloads = new SessionPayloads(payloadCodec, cookies, names, clock);
        logout = new Logout(cookies, names, refresher, verifier, endings, clock);
    }

    /** For the container's client proxy only. */
    protected ChainParts() {
        this.refresher = null;
        this.credentials = null;
        this.anon = null;
        this.guests = null;
        this.payloads = null;
        this.logout = null;
        this.linkEnding = null;
    }

    /** The refresher the access-token reader and the logout share (for the specs that drive it directly). */
    TokenRefresher refresher() {
        return refresher;
    }

    @Produces
    CredentialChain credentials() {
        return credentials;
    }

    @Produces
    AnonGate anon() {
        return anon;
    }

    @Produces
    GuestGate guests() {
        return guests;
    }

    @Produces
    SessionPayloads payloads() {
        return payloads;
    }

    @Produces
    Logout logout() {
        return logout;
    }

    @Produces
    LinkEnding linkEnding() {
        return linkEnding;
    }
}
