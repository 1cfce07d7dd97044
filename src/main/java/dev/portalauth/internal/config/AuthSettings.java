package dev.portalauth.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;
import dev.portalauth.spi.Rate;

/**
 * The module's configuration, read once from MicroProfile Config and validated as a whole
 *. Immutable; every accessor is a field read, so it is free on the request path.
 *
 * <p>Beside the documented product keys, four tuning keys:
 * <ul>
 * <li>{@code kraken.auth.refresh-margin} (default {@code PT30S}): an access token that expires
 * within this margin is refreshed before it is used;</li>
 * <li>{@code kraken.auth.token-cache.max-entries} (default {@code 10000}, at least 1): the bound
 * of each cache of verified tokens;</li>
 * <li>{@code kraken.auth.anon.key-max-length} (default {@code 512}, at least 1): a longer
 * pre-signed key is refused as invalid without asking Kraken;</li>
 * <li>{@code kraken.auth.rate-limit.max-clients} (default {@code 50000}, at least 1): the bound of
 * the in-memory rate-limit buckets (one per operation and client).</li>
 * </ul>
 *
 * <p>Conventions: values are stripped and a blank value counts as unset; durations are ISO-8601
 * ({@code PT2S}, {@code P3650D}) and positive; booleans are {@code true} or {@code false}; lists
 * are comma separated; pathnames and globs must be canonical paths (see {@link Pathnames},
 * {@link Globs}).
 */
public final class AuthSettings {

    static final String GRAPHQL_ENDPOINT = "kraken.graphql-endpoint";
    static final String AUTH_ENDPOINT = "kraken.graphql-auth-endpoint";
    static final String CLIENT_IP_SECRET = "kraken.x-client-ip-secret-key";
    static final String JWKS_URI = "kraken.jwks-uri";
    static final String CONNECT_TIMEOUT = "kraken.connect-timeout";
    static final String READ_TIMEOUT = "kraken.read-timeout";
    static final String PATHS = "kraken.auth.paths";
    static final String MECHANISM_ENABLED = "kraken.auth.mechanism.enabled";
    static final String ANON_PATHNAME = "kraken.auth.routes.anon.pathname";
    static final String ANON_ALLOW_LIST = "kraken.auth.routes.anon.allow-list";
    static final String KEY_QUERY_PARAM = "kraken.auth.routes.anon.key-query-param";
    static final String ACCOUNT_NUMBER_CLAIM = "kraken.auth.routes.anon.account-number-claim";
    static final String DASHBOARD_PATHNAME = "kraken.auth.routes.dashboard.pathname";
    static final String LOGIN_PATHNAME = "kraken.auth.routes.login.pathname";
    static final String MASQUERADE_PATHNAME = "kraken.auth.routes.masquerade.pathname";
    static final String LOGIN_ENDPOINT = "kraken.auth.api.login";
    static final String LOGOUT_ENDPOINT = "kraken.auth.api.logout";
    static final String SESSION_ENDPOINT = "kraken.auth.api.session";
    static final String JWKS_ENDPOINT = "kraken.auth.api.jwks";
    static final String COOKIE_SECURE = "kraken.auth.cookie.secure";
    static final String SAME_SITE = "kraken.auth.cookie.same-site";
    static final String COOKIE_DOMAIN = "kraken.auth.cookie.domain";
    static final String MOBILE_WEB_VIEW_ENABLED = "kraken.auth.mobile-web-view.enabled";
    static final String GUEST_ENABLED = "kraken.auth.guest.enabled";
    static final String GUEST_PATHS = "kraken.auth.guest.paths";
    static final String GUEST_COOKIE_NAME = "kraken.auth.guest.cookie-name";
    static final String GUEST_LIFETIME = "kraken.auth.guest.lifetime";
    static final String ISSUER = "kraken.auth.guest.issuer";
    static final String SIGNING_KEY = "kraken.auth.guest.signing-key";
    static final String SIGNING_KEY_LOCATION = "kraken.auth.guest.signing-key-location";
    static final String KEY_ID = "kraken.auth.guest.key-id";
    static final String PREVIOUS_KEYS_LOCATION = "kraken.auth.guest.previous-keys-location";
    static final String KEY_RELOAD = "kraken.auth.guest.key-reload";
    static final String REFRESH_MARGIN = "kraken.auth.refresh-margin";
    static final String TOKEN_CACHE_MAX_ENTRIES = "kraken.auth.token-cache.max-entries";
    static final String KEY_MAX_LENGTH = "kraken.auth.anon.key-max-length";
    static final String TRUST_UNVERIFIED_TOKENS = "kraken.auth.trust-unverified-tokens";
    static final String COOKIE_NAME_PREFIX = "kraken.auth.cookie.name-prefix";
    static final String MAX_CLAIMS_BYTES = "kraken.auth.cookie.max-claims-bytes";
    /** {@code kraken.auth.kinds.<kind>.gty}, with the kind's configuration name in place of {@code %s}. */
    static final String KIND_GTY = "kraken.auth.kinds.%s.gty";
    static final String PUBLIC_ORIGIN = "kraken.auth.public-origin";
    static final String CROSS_SITE_PROTECT = "kraken.auth.cross-site.protect";
    static final String CROSS_SITE_TRUSTED_ORIGINS = "kraken.auth.cross-site.trusted-origins";
    static final String CROSS_SITE_ALLOW = "kraken.auth.cross-site.allow";
    static final String ALLOW_INSECURE_HTTP = "kraken.allow-insecure-http";
    /** {@code kraken.auth.rate-limit.<operation>}, with the operation's configuration name in place of {@code %s}. */
    static final String RATE_LIMIT = "kraken.auth.rate-limit.%s";
    static final String RATE_LIMIT_MAX_CLIENTS = "kraken.auth.rate-limit.max-clients";
    static final String REFUSED_KEY_MEMORY = "kraken.auth.anon.refused-key-memory";
    static final String ENDED_KEY_MEMORY = "kraken.auth.anon.ended-key-memory";
    static final String SHARED_STATE = "kraken.auth.shared-state";
    static final String SHARED_STATE_SECRET = "kraken.auth.shared-state.secret";
    static final String SHARED_STATE_TIMEOUT = "kraken.auth.shared-state.timeout";
    static final String SHARED_STATE_ON_FAILURE = "kraken.auth.shared-state.on-failure";
    static final String SHARED_STATE_PROVIDER_CONFIG = "kraken.auth.shared-state.provider-config";
    static final String TRUSTED_PROXIES = "kraken.auth.trusted-proxies";
    static final String TRUSTED_PROXIES_HEADER = "kraken.auth.trusted-proxies.header";
    static final String BREAKER_FAILURE_RATIO = "kraken.breaker.failure-ratio";
    static final String BREAKER_REQUEST_VOLUME = "kraken.breaker.request-volume";
    static final String BREAKER_DELAY = "kraken.breaker.delay";
    static final String BULKHEAD_ANONYMOUS = "kraken.bulkhead.anonymous";
    static final String BULKHEAD_SESSION = "kraken.bulkhead.session";
    static final String BULKHEAD_PUBLIC = "kraken.bulkhead.public";
    static final String ORGANIZATION_KEY = "kraken.organization-key";
    /** Kraken's OAuth authorisation server; not {@link #AUTH_ENDPOINT}, the GraphQL auth endpoint. */
    static final String OAUTH_AUTH_ENDPOINT = "kraken.auth-endpoint";
    static final String OAUTH_CLIENT_ID = "kraken.oauth-client-id";
    static final String OAUTH_CLIENT_SECRET = "kraken.oauth-client-secret";
    static final String OAUTH_REVOCATION_ENDPOINT = "kraken.oauth-revocation-endpoint";
    static final String OAUTH_SCOPE = "kraken.oauth-scope";
    static final String KRAKEN_OAUTH_ENDPOINT = "kraken.auth.api.kraken-oauth";
    static final String GRAPHQL_PROXY_PATH = "kraken.auth.graphql-proxy.path";
    static final String GRAPHQL_PROXY_DOCUMENTS = "kraken.auth.graphql-proxy.documents";
    static final String GRAPHQL_PROXY_MAX_BODY = "kraken.auth.graphql-proxy.max-body";
    static final String GRAPHQL_PROXY_CLIENT_PATH = "kraken.auth.graphql-proxy.client-path";

    private final URI graphqlEndpoint;
    private final URI authEndpoint;
    private final Optional<String> clientIpSecret;
    private final Optional<URI> jwksUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Globs paths;
    private final boolean mechanismEnabled;
    private final Pathnames anonPathnames;
    private final Globs anonAllowList;
    private final String keyQueryParam;
    private final String accountNumberClaim;
    private final Pathnames dashboardPathnames;
    private final String loginPathname;
    private final String masqueradePathname;
    private final String loginEndpoint;
    private final String logoutEndpoint;
    private final String sessionEndpoint;
    private final String jwksEndpoint;
    private final boolean cookieSecure;
    private final SameSite sameSite;
    private final Optional<String> cookieDomain;
    private final boolean mobileWebViewEnabled;
    private final boolean guestEnabled;
    private final Globs guestPaths;
    private final String guestCookieName;
    private final Duration guestLifetime;
    private final String issuer;
    private final Optional<String> signingKey;
    private final Optional<String> signingKeyLocation;
    private final Optional<String> keyId;
    private final Optional<String> previousKeysLocation;
    private final Duration keyReload;
    private final Duration refreshMargin;
    private final int tokenCacheMaxEntries;
    private final int keyMaxLength;
    private final boolean trustUnverifiedTokens;
    private final String cookieNamePrefix;
    private final int maxClaimsBytes;
    private final Map<AuthMethod, Set<String>> kindGty = new EnumMap<>(AuthMethod.class);
    private final Optional<Origin> publicOrigin;
    private final CrossSiteProtection crossSiteProtection;
    private final Set<Origin> crossSiteTrustedOrigins;
    private final Globs crossSiteAllow;
    private final boolean allowInsecureHttp;
    private final Map<LimitedOperation, Rate> rateLimits = new EnumMap<>(LimitedOperation.class);
    private final int rateLimitMaxClients;
    private final Duration refusedKeyMemory;
    private final Duration endedKeyMemory;
    private final SharedStateSettings sharedState;
    private final TrustedProxies trustedProxies;
    private final ProxyHeader trustedProxiesHeader;
    private final double breakerFailureRatio;
    private final int breakerRequestVolume;
    private final Duration breakerDelay;
    private final int bulkheadAnonymous;
    private final int bulkheadSession;
    private final int bulkheadPublic;
    private final Optional<String> organizationKey;
    private final Optional<URI> oauthAuthEndpoint;
    private final Optional<URI> oauthRevocationEndpoint;
    private final Optional<String> oauthClientId;
    private final Optional<String> oauthClientSecret;
    private final Optional<String> oauthScope;
    private final String krakenOAuthEndpoint;
    private final String graphqlProxyPath;
    private final Optional<String> graphqlProxyDocuments;
    private final int graphqlProxyMaxBody;
    private final String graphqlProxyClientPath;

    private AuthSettings(SettingsReader read) {
        graphqlEndpoint = read.requiredUrl(GRAPHQL_ENDPOINT);
        authEndpoint = read.optionalUrl(AUTH_ENDPOINT).orElse(graphqlEndpoint);
        clientIpSecret = read.secret(CLIENT_IP_SECRET);
        jwksUri = read.optionalUrl(JWKS_URI);
        connectTimeout = read.positiveDuration(CONNECT_TIMEOUT, Duration.ofSeconds(2));
        readTimeout = read.positiveDuration(READ_TIMEOUT, Duration.ofSeconds(5));
        paths = read.globs(PATHS, "/**");
        mechanismEnabled = read.bool(MECHANISM_ENABLED, true);
        anonPathnames = read.pathnames(ANON_PATHNAME, "/anon");
        anonAllowList = read.globs(ANON_ALLOW_LIST, "");
        keyQueryParam = read.queryParameterName(KEY_QUERY_PARAM, "key");
        accountNumberClaim = read.text(ACCOUNT_NUMBER_CLAIM, "accountNumber");
        dashboardPathnames = read.pathnames(DASHBOARD_PATHNAME, "/dashboard");
        loginPathname = read.pathname(LOGIN_PATHNAME, "/login");
        masqueradePathname = read.pathname(MASQUERADE_PATHNAME, "/masquerade");
        loginEndpoint = read.pathname(LOGIN_ENDPOINT, "/api/auth/login");
        logoutEndpoint = read.pathname(LOGOUT_ENDPOINT, "/api/auth/logout");
        sessionEndpoint = read.pathname(SESSION_ENDPOINT, "/api/auth/session");
        jwksEndpoint = read.pathname(JWKS_ENDPOINT, "/api/auth/jwks.json");
        sameSite = read.sameSite(SAME_SITE, SameSite.LAX);
        // Browsers drop a SameSite=None cookie that is not Secure: None implies Secure.
        cookieSecure = read.bool(COOKIE_SECURE, true) || sameSite == SameSite.NONE;
        cookieDomain = read.domain(COOKIE_DOMAIN);
        mobileWebViewEnabled = read.bool(MOBILE_WEB_VIEW_ENABLED, false);
        guestEnabled = read.bool(GUEST_ENABLED, true);
        guestPaths = read.globs(GUEST_PATHS, "/**");
        guestCookieName = read.cookieName(GUEST_COOKIE_NAME, "jwt");
        guestLifetime = read.positiveDuration(GUEST_LIFETIME, Duration.ofDays(3650));
        issuer = read.text(ISSUER, "kraken-portal-auth");
        signingKey = read.secret(SIGNING_KEY);
        signingKeyLocation = read.optionalText(SIGNING_KEY_LOCATION);
        keyId = read.optionalText(KEY_ID);
        previousKeysLocation = read.optionalText(PREVIOUS_KEYS_LOCATION);
        keyReload = read.durationOrZero(KEY_RELOAD, Duration.ofMinutes(1));
        refreshMargin = read.positiveDuration(REFRESH_MARGIN, Duration.ofSeconds(30));
        tokenCacheMaxEntries = read.positiveInt(TOKEN_CACHE_MAX_ENTRIES, 10_000);
        keyMaxLength = read.positiveInt(KEY_MAX_LENGTH, 512);
        trustUnverifiedTokens = read.bool(TRUST_UNVERIFIED_TOKENS, false);
        cookieNamePrefix = read.cookieNamePrefix(COOKIE_NAME_PREFIX);
        maxClaimsBytes = read.positiveInt(MAX_CLAIMS_BYTES, 1536);
        for (CredentialKinds kind : CredentialKinds.values()) {
            kindGty.put(kind.method(), Set.copyOf(read.textList(KIND_GTY.formatted(kind.configName()), kind.defaultGty())));
        }
        publicOrigin = read.origin(PUBLIC_ORIGIN);
        crossSiteProtection = read.crossSiteProtection(CROSS_SITE_PROTECT, CrossSiteProtection.ALL);
        crossSiteTrustedOrigins = read.origins(CROSS_SITE_TRUSTED_ORIGINS);
        crossSiteAllow = read.globs(CROSS_SITE_ALLOW, "");
        allowInsecureHttp = read.bool(ALLOW_INSECURE_HTTP, false);
        for (LimitedOperation operation : LimitedOperation.values()) {
            rateLimits.put(operation, read.rate(RATE_LIMIT.formatted(operation.configName()), operation.defaultRate()));
        }
        rateLimitMaxClients = read.positiveInt(RATE_LIMIT_MAX_CLIENTS, 50_000);
        refusedKeyMemory = read.positiveDuration(REFUSED_KEY_MEMORY, Duration.ofMinutes(1));
        endedKeyMemory = read.positiveDuration(ENDED_KEY_MEMORY, Duration.ofHours(2));
        sharedState = sharedState(read);
        trustedProxies = read.trustedProxies(TRUSTED_PROXIES);
        trustedProxiesHeader = read.proxyHeader(TRUSTED_PROXIES_HEADER, ProxyHeader.X_FORWARDED_FOR);
        breakerFailureRatio = read.ratio(BREAKER_FAILURE_RATIO, 0.5);
        breakerRequestVolume = read.positiveInt(BREAKER_REQUEST_VOLUME, 10);
        breakerDelay = read.positiveDuration(BREAKER_DELAY, Duration.ofSeconds(10));
        bulkheadAnonymous = read.positiveInt(BULKHEAD_ANONYMOUS, 16);
        bulkheadSession = read.positiveInt(BULKHEAD_SESSION, 32);
        bulkheadPublic = read.positiveInt(BULKHEAD_PUBLIC, 16);
        organizationKey = read.secret(ORGANIZATION_KEY);
        oauthAuthEndpoint = read.optionalUrl(OAUTH_AUTH_ENDPOINT);
        oauthRevocationEndpoint = read.optionalUrl(OAUTH_REVOCATION_ENDPOINT);
        oauthClientId = read.optionalText(OAUTH_CLIENT_ID);
        oauthClientSecret = read.secret(OAUTH_CLIENT_SECRET);
        oauthScope = read.optionalText(OAUTH_SCOPE);
        krakenOAuthEndpoint = read.pathname(KRAKEN_OAUTH_ENDPOINT, "/api/auth/kraken-oauth");
        graphqlProxyPath = read.pathname(GRAPHQL_PROXY_PATH, "/api/graphql");
        graphqlProxyDocuments = read.optionalText(GRAPHQL_PROXY_DOCUMENTS);
        graphqlProxyMaxBody = read.byteSize(GRAPHQL_PROXY_MAX_BODY, 64 * 1024);
        graphqlProxyClientPath = read.pathname(GRAPHQL_PROXY_CLIENT_PATH, "/api/auth/client.js");
        checkCombinations(read);
    }

    private static SharedStateSettings sharedState(SettingsReader read) {
        String kind = read.text(SHARED_STATE, SharedStateSettings.LOCAL);
        if (!kind.equals(SharedStateSettings.LOCAL) && !kind.equals(SharedStateSettings.JCACHE)) {
            read.problem(SHARED_STATE, "must be local or jcache");
        }
        String onFailure = read.text(SHARED_STATE_ON_FAILURE, SharedStateSettings.LOCAL);
        if (!onFailure.equals(SharedStateSettings.LOCAL) && !onFailure.equals(SharedStateSettings.REFUSE)) {
            read.problem(SHARED_STATE_ON_FAILURE, "must be local or refuse");
        }
        boolean jcache = kind.equals(SharedStateSettings.JCACHE);
        Optional<String> secret = read.secret(SHARED_STATE_SECRET);
        if (jcache && secret.isEmpty()) {
            read.problem(SHARED_STATE_SECRET, "is required with " + SHARED_STATE + "=jcache: the cluster is not trusted"
                    + " with sessions, so what it holds is authenticated and encrypted with this secret");
        } else if (secret.isPresent() && secret.get().length() < SharedStateSettings.MIN_SECRET_LENGTH) {
            read.problem(SHARED_STATE_SECRET, "must be at least " + SharedStateSettings.MIN_SECRET_LENGTH + " characters");
        }
        return new SharedStateSettings(jcache, secret, read.positiveDuration(SHARED_STATE_TIMEOUT, Duration.ofMillis(200)),
                onFailure.equals(SharedStateSettings.REFUSE), read.optionalText(SHARED_STATE_PROVIDER_CONFIG));
    }

    private void checkCombinations(SettingsReader read) {
        if (signingKey.isPresent() && signingKeyLocation.isPresent()) {
            read.problem(SIGNING_KEY_LOCATION, "set either " + SIGNING_KEY + " or " + SIGNING_KEY_LOCATION + ", not both");
        }
        checkPrefixPromise(read, GUEST_COOKIE_NAME, cookieNamePrefix + guestCookieName);
        checkPrefixPromise(read, COOKIE_NAME_PREFIX, cookieNamePrefix);
        checkOAuthIsWhole(read);
        checkCrossSiteAllowStaysOutsideRoutes(read);
        checkRoutesLieInsidePaths(read);
    }

    /**
     * A route or built-in endpoint the module does not act on would be served by the portal as a
     * plain page: an anon link without its key check, a dashboard without its login, a login
     * form that logs nobody in. Each configured pathname must be one of the module's paths.
     */
    private void checkRoutesLieInsidePaths(SettingsReader read) {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(ANON_PATHNAME, anonPathnames.all());
        routes.put(DASHBOARD_PATHNAME, dashboardPathnames.all());
        routes.put(LOGIN_PATHNAME, List.of(loginPathname));
        routes.put(MASQUERADE_PATHNAME, List.of(masqueradePathname));
        routes.put(LOGIN_ENDPOINT, List.of(loginEndpoint));
        routes.put(LOGOUT_ENDPOINT, List.of(logoutEndpoint));
        routes.put(SESSION_ENDPOINT, List.of(sessionEndpoint));
        routes.put(JWKS_ENDPOINT, List.of(jwksEndpoint));
        if (oauthAuthEndpoint.isPresent()) {
            routes.put(KRAKEN_OAUTH_ENDPOINT, List.of(krakenOAuthEndpoint, krakenOAuthEndpoint + "/callback"));
        }
        if (graphqlProxyDocuments.isPresent()) {
            routes.put(GRAPHQL_PROXY_PATH, List.of(graphqlProxyPath));
        }
        routes.put(GRAPHQL_PROXY_CLIENT_PATH, List.of(graphqlProxyClientPath));
        routes.forEach((key, pathnames) -> {
            for (String pathname : pathnames) {
                if (!paths.matches(pathname)) {
                    read.problem(PATHS, pathname + " (" + key + ") lies outside " + PATHS
                            + ": every route and built-in endpoint of the module must be one of its paths");
                    return;
                }
            }
        });
    }

    /**
     * A cross-site request to an allowed path runs without credentials; on an anon or dashboard
     * path that would make a pre-signed link or a dashboard answer a forged post.
     */
    private void checkCrossSiteAllowStaysOutsideRoutes(SettingsReader read) {
        for (Pathnames routes : new Pathnames[] {anonPathnames, dashboardPathnames}) {
            for (String pathname : routes.all()) {
                if (crossSiteAllow.mayMatchWithin(pathname)) {
                    read.problem(CROSS_SITE_ALLOW, "a glob matches paths inside " + pathname + " ("
                            + (routes == anonPathnames ? ANON_PATHNAME : DASHBOARD_PATHNAME)
                            + "): cross-site requests may be allowed only outside anon and dashboard pathnames");
                    return;
                }
            }
        }
    }

    /** Half an OAuth client is a typo, not a choice: say so at deployment rather than hide the button. */
    private void checkOAuthIsWhole(SettingsReader read) {
        if (oauthAuthEndpoint.isPresent() != oauthClientId.isPresent()) {
            read.problem(oauthAuthEndpoint.isPresent() ? OAUTH_CLIENT_ID : OAUTH_AUTH_ENDPOINT,
                    "Kraken OAuth needs both " + OAUTH_AUTH_ENDPOINT + " and " + OAUTH_CLIENT_ID);
        } else if (oauthClientId.isEmpty() && (oauthClientSecret.isPresent() || oauthScope.isPresent())) {
            read.problem(oauthClientSecret.isPresent() ? OAUTH_CLIENT_SECRET : OAUTH_SCOPE,
                    "set only with " + OAUTH_AUTH_ENDPOINT + " and " + OAUTH_CLIENT_ID);
        } else if (oauthClientId.isPresent() && publicOrigin.isEmpty()) {
            // Taken from a request, the redirect_uri would follow whatever Host (or forwarded host) it carries.
            read.problem(PUBLIC_ORIGIN, "is required with Kraken OAuth (" + OAUTH_AUTH_ENDPOINT + "): Kraken's redirect_uri "
                    + "is built from it, never from a request's Host or forwarded headers");
        }
    }

    /** Cookie prefixes are promises browsers enforce by dropping the cookie (RFC 6265bis 4.1.3). */
    private void checkPrefixPromise(SettingsReader read, String key, String name) {
        boolean hostPrefix = name.regionMatches(true, 0, "__Host-", 0, 7);
        boolean securePrefix = name.regionMatches(true, 0, "__Secure-", 0, 9);
        if ((hostPrefix || securePrefix) && !cookieSecure) {
            read.problem(key, "a __Host- or __Secure- cookie needs " + COOKIE_SECURE + "=true");
        } else if (hostPrefix && cookieDomain.isPresent()) {
            read.problem(key, "a __Host- cookie cannot have " + COOKIE_DOMAIN);
        }
        checkRoutesDoNotOverlap(read);
        checkKrakenIsReachedOverTls(read);
    }

    /**
     * A path both anon and dashboard would be served by whichever rule happens to run first: a
     * pre-signed link could open a dashboard, or a dashboard demand a login for a link.
     */
    private void checkRoutesDoNotOverlap(SettingsReader read) {
        for (int i = 0; i < dashboardPathnames.all().size(); i++) {
            String dashboard = dashboardPathnames.all().get(i);
            for (int j = 0; j < anonPathnames.all().size(); j++) {
                String anon = anonPathnames.all().get(j);
                if (Pathnames.covers(anon, dashboard) || Pathnames.covers(dashboard, anon)) {
                    read.problem(DASHBOARD_PATHNAME, "entry " + (i + 1) + " overlaps entry " + (j + 1) + " of "
                            + ANON_PATHNAME + " (one lies inside the other): no path may be both anon and dashboard");
                    return;
                }
            }
        }
    }

    /** Tokens and passwords travel to these URLs, and the JWKS decides which tokens are Kraken's. */
    private void checkKrakenIsReachedOverTls(SettingsReader read) {
        if (allowInsecureHttp) {
            return;
        }
        checkTls(read, GRAPHQL_ENDPOINT, graphqlEndpoint);
        if (authEndpoint != graphqlEndpoint) { // unset, it is the GraphQL endpoint: checked once, under that key
            checkTls(read, AUTH_ENDPOINT, authEndpoint);
        }
        jwksUri.ifPresent(uri -> checkTls(read, JWKS_URI, uri));
        oauthAuthEndpoint.ifPresent(uri -> checkTls(read, OAUTH_AUTH_ENDPOINT, uri));
    }

    private static void checkTls(SettingsReader read, String key, URI uri) {
        if (uri != null && "http".equalsIgnoreCase(uri.getScheme()) && !LoopbackHosts.isLoopback(uri.getHost())) {
            read.problem(key, "plain http is allowed only to a loopback address (localhost, 127.0.0.0/8, ::1); "
                    + "use https, or set " + ALLOW_INSECURE_HTTP + "=true");
        }
    }

    /**
     * Reads and validates every key.
     *
     * @throws InvalidSettingException listing every missing or invalid key
     */
    public static AuthSettings from(Config config) {
        SettingsReader read = new SettingsReader(config);
        AuthSettings settings = new AuthSettings(read);
        read.throwIfAnyProblem();
        return settings;
    }

    /** {@code kraken.graphql-endpoint} (required): the Kraken GraphQL URL. */
    public URI graphqlEndpoint() {
        return graphqlEndpoint;
    }

    /** {@code kraken.graphql-auth-endpoint} (default: the GraphQL endpoint): for obtainKrakenToken and masqueradeAuthentication. */
    public URI authEndpoint() {
        return authEndpoint;
    }

    /** {@code kraken.x-client-ip-secret-key}: when present, Kraken calls carry the client IP headers. A secret. */
    public Optional<String> clientIpSecret() {
        return clientIpSecret;
    }

    /** {@code kraken.jwks-uri}: when present, Kraken token signatures are verified against it. */
    public Optional<URI> jwksUri() {
        return jwksUri;
    }

    /** {@code kraken.connect-timeout} (default {@code PT2S}). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@code kraken.read-timeout} (default {@code PT5S}). */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * {@code kraken.auth.paths} (default {@code /**}): where the module acts (its chain, guest
     * cookie, cross-site refusal, {@code no-store}); elsewhere it only refuses confusing paths.
     */
    public Globs paths() {
        return paths;
    }

    /** {@code kraken.auth.mechanism.enabled} (default {@code true}): whether the module's authentication mechanism exists. */
    public boolean mechanismEnabled() {
        return mechanismEnabled;
    }

    /** {@code kraken.auth.routes.anon.pathname} (default {@code /anon}). */
    public Pathnames anonPathnames() {
        return anonPathnames;
    }

    /** {@code kraken.auth.routes.anon.allow-list} (default: none): paths under anon pathnames that need no key. */
    public Globs anonAllowList() {
        return anonAllowList;
    }

    /** {@code kraken.auth.routes.anon.key-query-param} (default {@code key}). */
    public String keyQueryParam() {
        return keyQueryParam;
    }

    /** {@code kraken.auth.routes.anon.account-number-claim} (default {@code accountNumber}). */
    public String accountNumberClaim() {
        return accountNumberClaim;
    }

    /** {@code kraken.auth.routes.dashboard.pathname} (default {@code /dashboard}): need a full session. */
    public Pathnames dashboardPathnames() {
        return dashboardPathnames;
    }

    /** {@code kraken.auth.routes.login.pathname} (default {@code /login}): one pathname. */
    public String loginPathname() {
        return loginPathname;
    }

    /** {@code kraken.auth.routes.masquerade.pathname} (default {@code /masquerade}): one pathname. */
    public String masqueradePathname() {
        return masqueradePathname;
    }

    /** {@code kraken.auth.api.login} (default {@code /api/auth/login}). */
    public String loginEndpoint() {
        return loginEndpoint;
    }

    /** {@code kraken.auth.api.logout} (default {@code /api/auth/logout}). */
    public String logoutEndpoint() {
        return logoutEndpoint;
    }

    /** {@code kraken.auth.api.session} (default {@code /api/auth/session}). */
    public String sessionEndpoint() {
        return sessionEndpoint;
    }

    /** {@code kraken.auth.api.jwks} (default {@code /api/auth/jwks.json}). */
    public String jwksEndpoint() {
        return jwksEndpoint;
    }

    /** {@code kraken.auth.cookie.secure} (default {@code true}); always {@code true} with {@code SameSite=None}. */
    public boolean cookieSecure() {
        return cookieSecure;
    }

    /** {@code kraken.auth.cookie.same-site} (default {@code Lax}; any letter case accepted). */
    public SameSite sameSite() {
        return sameSite;
    }

    /** {@code kraken.auth.cookie.domain}: the {@code Domain} attribute, when present. */
    public Optional<String> cookieDomain() {
        return cookieDomain;
    }

    /**
     * {@code kraken.auth.mobile-web-view.enabled} (default {@code false}): whether {@code MWAuthToken}
     * is read at all. Off, the cookie is untouched: never read, confirmed or cleared. The cookie has
     * no binding and no name prefix, so a sibling subdomain can plant one that outranks the visitor's
     * own session; only a portal opened by its mobile app turns this on.
     */
    public boolean mobileWebViewEnabled() {
        return mobileWebViewEnabled;
    }

    /** {@code kraken.auth.guest.enabled} (default {@code true}). */
    public boolean guestEnabled() {
        return guestEnabled;
    }

    /** {@code kraken.auth.guest.paths} (default {@code /**}): where a visitor without a valid guest token gets one. */
    public Globs guestPaths() {
        return guestPaths;
    }

    /** {@code kraken.auth.guest.cookie-name} (default {@code jwt}). */
    public String guestCookieName() {
        return guestCookieName;
    }

    /** {@code kraken.auth.guest.lifetime} (default {@code P3650D}). */
    public Duration guestLifetime() {
        return guestLifetime;
    }

    /** {@code kraken.auth.guest.issuer} (default {@code kraken-portal-auth}): {@code iss} of guest and session-payload tokens. */
    public String issuer() {
        return issuer;
    }

    /** {@code kraken.auth.guest.signing-key}: an inline PKCS#8 PEM private key. A secret; exclusive with the location. */
    public Optional<String> signingKey() {
        return signingKey;
    }

    /** {@code kraken.auth.guest.signing-key-location}: a file or classpath location of the PEM key. */
    public Optional<String> signingKeyLocation() {
        return signingKeyLocation;
    }

    /** {@code kraken.auth.guest.key-id}: the {@code kid} of the static key; when absent, {@code s-} + its thumbprint. */
    public Optional<String> keyId() {
        return keyId;
    }

    /** {@code kraken.auth.guest.previous-keys-location}: a JWKS of retired public keys still accepted. */
    public Optional<String> previousKeysLocation() {
        return previousKeysLocation;
    }

    /**
     * {@code kraken.auth.guest.key-reload} (default {@code PT1M}): how often the signing-key and
     * previous-keys files are looked at for a change; zero: never.
     */
    public Duration keyReload() {
        return keyReload;
    }

    /** {@code kraken.auth.refresh-margin} (default {@code PT30S}). */
    public Duration refreshMargin() {
        return refreshMargin;
    }

    /** {@code kraken.auth.token-cache.max-entries} (default {@code 10000}). */
    public int tokenCacheMaxEntries() {
        return tokenCacheMaxEntries;
    }

    /** {@code kraken.auth.anon.key-max-length} (default {@code 512}). */
    public int keyMaxLength() {
        return keyMaxLength;
    }

    /** {@code kraken.auth.trust-unverified-tokens} (default {@code false}): development only. */
    public boolean trustUnverifiedTokens() {
        return trustUnverifiedTokens;
    }

    /** {@code kraken.auth.cookie.name-prefix} (default empty): put before every cookie name the module sets. */
    public String cookieNamePrefix() {
        return cookieNamePrefix;
    }

    /** {@code kraken.auth.cookie.max-claims-bytes} (default {@code 1536}): bound on guest and payload claims. */
    public int maxClaimsBytes() {
        return maxClaimsBytes;
    }

    /** {@code kraken.auth.kinds.<kind>.gty}: the {@code gty} values an unbound token of that credential kind may carry. */
    public Set<String> gtyOf(AuthMethod kind) {
        return kindGty.getOrDefault(kind, Set.of());
    }

    /** {@code kraken.auth.public-origin}: the portal's origin as browsers see it, when configured. */
    public Optional<Origin> publicOrigin() {
        return publicOrigin;
    }

    /** {@code kraken.auth.cross-site.protect} (default {@code all}): which unsafe requests the cross-site rule judges. */
    public CrossSiteProtection crossSiteProtection() {
        return crossSiteProtection;
    }

    /** {@code kraken.auth.cross-site.trusted-origins} (default: none): origins whose requests count as same-origin. */
    public Set<Origin> crossSiteTrustedOrigins() {
        return crossSiteTrustedOrigins;
    }

    /** {@code kraken.auth.cross-site.allow} (default: none): paths that take cross-site unsafe requests, without credentials. */
    public Globs crossSiteAllow() {
        return crossSiteAllow;
    }

    /** {@code kraken.allow-insecure-http} (default {@code false}): plain-http Kraken and JWKS URLs beyond loopback. */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** {@code kraken.auth.rate-limit.<operation>} (the configuration reference defaults; {@code 0}: off): the per-client bucket of {@code operation}. */
    public Rate rateLimit(LimitedOperation operation) {
        return rateLimits.get(operation);
    }

    /** {@code kraken.auth.rate-limit.max-clients} (default {@code 50000}): buckets kept in memory before the least recently seen go. */
    public int rateLimitMaxClients() {
        return rateLimitMaxClients;
    }

    /** {@code kraken.auth.graphql-proxy.path} (default {@code /api/graphql}): the GraphQL route for browser code. */
    public String graphqlProxyPath() {
        return graphqlProxyPath;
    }

    /**
     * {@code kraken.auth.graphql-proxy.documents}: a directory of {@code .graphql} files, or
     * {@code classpath:} an index of them; the GraphQL route is on only when set.
     */
    public Optional<String> graphqlProxyDocuments() {
        return graphqlProxyDocuments;
    }

    /** {@code kraken.auth.graphql-proxy.max-body} (default {@code 64KB}): the largest request body the GraphQL route reads. */
    public int graphqlProxyMaxBody() {
        return graphqlProxyMaxBody;
    }

    /** {@code kraken.auth.graphql-proxy.client-path} (default {@code /api/auth/client.js}): the browser module for the built-in endpoints. */
    public String graphqlProxyClientPath() {
        return graphqlProxyClientPath;
    }

    /** {@code kraken.auth.anon.refused-key-memory} (default {@code PT1M}): how long a key Kraken refused is refused without asking. */
    public Duration refusedKeyMemory() {
        return refusedKeyMemory;
    }

    /**
     * {@code kraken.auth.anon.ended-key-memory} (default {@code PT2H}): how long a key ended with
     * {@code Session.endLink()} is refused, and scoped sessions made from it are ended, without a call.
     */
    /** {@code kraken.oauth-revocation-endpoint}: where a logout revokes an OAuth session's refresh token (RFC 7009). */
    public Optional<URI> oauthRevocationEndpoint() {
        return oauthRevocationEndpoint;
    }

    public Duration endedKeyMemory() {
        return endedKeyMemory;
    }

    /** {@code kraken.auth.shared-state.*}: this node's memory or the server's JCache provider, and how it fails. */
    public SharedStateSettings sharedState() {
        return sharedState;
    }

    /** {@code kraken.auth.trusted-proxies} (default: none): peers whose client-address header is believed. */
    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    /** {@code kraken.auth.trusted-proxies.header} (default {@code X-Forwarded-For}): the one header they are believed in. */
    public ProxyHeader trustedProxiesHeader() {
        return trustedProxiesHeader;
    }

    /** {@code kraken.breaker.failure-ratio} (default {@code 0.5}, in (0, 1]): failed share of the last calls that opens a breaker. */
    public double breakerFailureRatio() {
        return breakerFailureRatio;
    }

    /** {@code kraken.breaker.request-volume} (default {@code 10}): how many last calls per Kraken endpoint are weighed. */
    public int breakerRequestVolume() {
        return breakerRequestVolume;
    }

    /** {@code kraken.breaker.delay} (default {@code PT10S}): how long an open breaker fails calls at once. */
    public Duration breakerDelay() {
        return breakerDelay;
    }

    /** {@code kraken.bulkhead.anonymous} (default {@code 16}): Kraken calls in flight that anonymous visitors can cause. */
    public int bulkheadAnonymous() {
        return bulkheadAnonymous;
    }

    /** {@code kraken.bulkhead.session} (default {@code 32}): Kraken calls in flight made for sessions. */
    public int bulkheadSession() {
        return bulkheadSession;
    }

    /**
     * {@code kraken.bulkhead.public} (default {@code 16}): Kraken calls in flight made for visitors
     * without a session (the organisation client, {@code KrakenClient} with no session).
     */
    public int bulkheadPublic() {
        return bulkheadPublic;
    }

    /**
     * {@code kraken.organization-key} ({@code KRAKEN_ORGANIZATION_KEY}): the organisation secret key of
     * the {@code @Organization} Kraken client; unset, that client refuses to be used. A secret.
     */
    public Optional<String> organizationKey() {
        return organizationKey;
    }

    /** {@code kraken.auth-endpoint}: Kraken's OAuth authorisation server; with the client id it turns on OAuth login. */
    public Optional<URI> oauthAuthEndpoint() {
        return oauthAuthEndpoint;
    }

    /** {@code kraken.oauth-client-id}: the portal's OAuth client. */
    public Optional<String> oauthClientId() {
        return oauthClientId;
    }

    /** {@code kraken.oauth-client-secret}: only for a confidential client. A secret. */
    public Optional<String> oauthClientSecret() {
        return oauthClientSecret;
    }

    /** {@code kraken.oauth-scope}: sent as {@code scope} when present. */
    public Optional<String> oauthScope() {
        return oauthScope;
    }

    /** Whether Kraken OAuth login is on: both {@code kraken.auth-endpoint} and {@code kraken.oauth-client-id} are set. */
    public boolean oauthEnabled() {
        return oauthAuthEndpoint.isPresent();
    }

    /** {@code kraken.auth.api.kraken-oauth} (default {@code /api/auth/kraken-oauth}); the callback is {@code {this}/callback}. */
    public String krakenOAuthEndpoint() {
        return krakenOAuthEndpoint;
    }
}
