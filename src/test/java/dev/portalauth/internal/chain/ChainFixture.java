package dev.portalauth.internal.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.limits.InMemoryTokenBuckets;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.shared.LocalStores;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.internal.token.ClaimsBudget;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.KrakenIssuer;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.SessionPayloadCodec;
import dev.portalauth.internal.wiring.LimitBeans;

/**
 * The chain's parts built by {@link ChainParts} as in production, without a server: configuration
 * from a map, the module's key from a test PEM, no JWKS (bindings and Kraken confirmations prove
 * tokens), the configured rate limits in memory, and a {@link FakeKraken}.
 */
public final class ChainFixture {

    public final MutableClock clock = MutableClock.atSystemTime();
    public final AuthSettings settings;
    public final CookieWriter cookies;
    public final CookieNames names;
    final ModuleKeys keys = keys("ec-p256.pem");
    public final ModuleTokens moduleTokens;
    final CredentialBindings bindings;
    public final CredentialVerifier verifier;
    public final SessionCookies sessionCookies;
    final FakeKraken kraken = new FakeKraken();
    public final FakeKrakenOAuth oauth = new FakeKrakenOAuth();
    final FakeKrakenEndings endings = new FakeKrakenEndings();
    public final RateLimits limits;
    final TokenRefresher refresher;
    final CredentialChain credentials;
    /** The pipeline over these parts, every request admitted: what logins hand their sessions to. */
    public final AuthChain chain;

    /** With the demo's cookie settings plus {@code keysAndValues}. */
    public ChainFixture(String... keysAndValues) {
        settings = AuthSettings.from(MapConfig.withEndpointAnd(keysAndValues));
        cookies = new CookieWriter(settings.cookies());
        names = new CookieNames(settings.cookies(), settings.guest());
        moduleTokens = new ModuleTokens(keys, settings.signingKeys().issuer(), clock, 100);
        bindings = new CredentialBindings(moduleTokens, keys);
        Map<AuthMethod, Set<String>> gty = new EnumMap<>(AuthMethod.class);
        for (AuthMethod kind : AuthMethod.values()) {
            gty.put(kind, settings.tokens().gtyOf(kind));
        }
        KrakenTokenVerifier tokens = new KrakenTokenVerifier(Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 100, clock);
        verifier = new CredentialVerifier(tokens, bindings, gty, settings.tokens().trustUnverifiedTokens());
        sessionCookies = new SessionCookies(cookies, names, bindings, clock);
        limits = LimitBeans.rateLimits(settings.limits(), new InMemoryTokenBuckets(100, clock), clock, limit -> { });
        ClaimsBudget budget = new ClaimsBudget(settings.cookies().maxClaimsBytes());
        ChainParts parts = new ChainParts(settings.routes(), settings.anonKeys(), settings.tokens(), settings.endpoints(),
                settings.guest(), clock, new LocalStores(100, 100, clock), verifier, kraken, oauth, endings, limits,
                cookies, names,
                sessionCookies, new GuestTokenIssuer(moduleTokens, settings.guest().guestLifetime(), budget, clock),
                new SessionPayloadCodec(moduleTokens, budget),
                new DefaultAnonParamsExtractor(settings.anonKeys().keyQueryParam()));
        refresher = parts.refresher();
        credentials = parts.credentials();
        chain = new AuthChain(settings.routes(), settings.endpoints(), settings.graphqlProxy(),
                new ClientAddresses(settings.proxy().trustedProxies(), settings.proxy().trustedProxiesHeader()),
                (request, path) -> Admission.ADMITTED, cookies, names, sessionCookies, credentials, parts.payloads(),
                parts.anon(), parts.guests(), parts.logout(), parts.linkEnding());
    }

    /** Mobile web view turned on ({@code kraken.auth.mobile-web-view.enabled=true}), plus {@code keysAndValues}. */
    public static ChainFixture withMobileWebView(String... keysAndValues) {
        String[] all = Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
        all[keysAndValues.length] = "kraken.auth.mobile-web-view.enabled";
        all[keysAndValues.length + 1] = "true";
        return new ChainFixture(all);
    }

    /** A Kraken token of {@code gty} for user 123, an hour long. */
    public String krakenToken(String gty) {
        return krakenToken(KrakenIssuer.claims(clock).claim("gty", gty).build());
    }

    public String krakenToken(JWTClaimsSet claims) {
        try {
            return KrakenIssuer.rs256(claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binding the module sets beside {@code token} as {@code kind}. */
    String binding(AuthMethod kind, String token, String refreshToken, String preSignedKey) {
        return binding(kind, token, refreshToken, preSignedKey, null);
    }

    /** The binding the module sets beside {@code token} as {@code kind}, with {@code origin} ({@code oauth}). */
    String binding(AuthMethod kind, String token, String refreshToken, String preSignedKey, String origin) {
        return bindings.bind(kind, token, refreshToken, preSignedKey, origin, clock.instant().plus(Duration.ofDays(7)));
    }

    public static RequestAuth auth(FakeHttp http) {
        return RequestAuths.of(http);
    }

    /** Runs the credential chain on {@code http}'s request. */
    RequestAuth resolve(FakeHttp http) {
        RequestAuth auth = auth(http);
        credentials.resolve(auth);
        return auth;
    }

    public static ModuleKeys keys(String pem) {
        try (InputStream in = ChainFixture.class.getResourceAsStream("/token/" + pem)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ModuleKeys.load(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(),
                    ChainFixture.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
