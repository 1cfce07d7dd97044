package dev.portalauth.internal.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules that join keys of different concerns, each reported as a problem of one key. */
final class SettingsCombinations {

    private final AuthSettings settings;
    private final SettingsReader read;

    SettingsCombinations(AuthSettings settings, SettingsReader read) {
        this.settings = settings;
        this.read = read;
    }

    void check() {
        checkPrefixPromise(GuestSettings.GUEST_COOKIE_NAME,
                settings.cookies().cookieNamePrefix() + settings.guest().guestCookieName());
        checkPrefixPromise(CookieSettings.COOKIE_NAME_PREFIX, settings.cookies().cookieNamePrefix());
        checkKrakenIsReachedOverTls();
        checkOAuthHasAPublicOrigin();
        checkCrossSiteAllowStaysOutsideRoutes();
        checkRoutesLieInsidePaths();
    }

    /** Cookie prefixes are promises browsers enforce by dropping the cookie (RFC 6265bis 4.1.3). */
    private void checkPrefixPromise(String key, String name) {
        CookieSettings cookies = settings.cookies();
        boolean hostPrefix = name.regionMatches(true, 0, "__Host-", 0, 7);
        boolean securePrefix = name.regionMatches(true, 0, "__Secure-", 0, 9);
        if ((hostPrefix || securePrefix) && !cookies.cookieSecure()) {
            read.problem(key, "a __Host- or __Secure- cookie needs " + CookieSettings.COOKIE_SECURE + "=true");
        } else if (hostPrefix && cookies.cookieDomain().isPresent()) {
            read.problem(key, "a __Host- cookie cannot have " + CookieSettings.COOKIE_DOMAIN);
        }
    }

    /** Tokens and passwords travel to these URLs, and the JWKS decides which tokens are Kraken's. */
    private void checkKrakenIsReachedOverTls() {
        KrakenSettings kraken = settings.kraken();
        if (kraken.allowInsecureHttp()) {
            return;
        }
        checkTls(KrakenSettings.GRAPHQL_ENDPOINT, kraken.graphqlEndpoint());
        // Unset, the auth endpoint is the GraphQL endpoint: checked once, under that key.
        if (kraken.authEndpoint() != kraken.graphqlEndpoint()) {
            checkTls(KrakenSettings.AUTH_ENDPOINT, kraken.authEndpoint());
        }
        kraken.jwksUri().ifPresent(uri -> checkTls(KrakenSettings.JWKS_URI, uri));
        settings.oauth().oauthAuthEndpoint().ifPresent(uri -> checkTls(OAuthSettings.OAUTH_AUTH_ENDPOINT, uri));
    }

    private void checkTls(String key, URI uri) {
        if (uri != null && "http".equalsIgnoreCase(uri.getScheme()) && !LoopbackHosts.isLoopback(uri.getHost())) {
            read.problem(key, "plain http is allowed only to a loopback address (localhost, 127.0.0.0/8, ::1); "
                    + "use https, or set " + KrakenSettings.ALLOW_INSECURE_HTTP + "=true");
        }
    }

    /** Taken from a request, the redirect_uri would follow whatever Host (or forwarded host) it carries. */
    private void checkOAuthHasAPublicOrigin() {
        OAuthSettings oauth = settings.oauth();
        if (oauth.oauthEnabled() && oauth.oauthClientId().isPresent() && settings.proxy().publicOrigin().isEmpty()) {
            read.problem(ProxySettings.PUBLIC_ORIGIN, "is required with Kraken OAuth (" + OAuthSettings.OAUTH_AUTH_ENDPOINT
                    + "): Kraken's redirect_uri is built from it, never from a request's Host or forwarded headers");
        }
    }

    /**
     * A cross-site request to an allowed path runs without credentials; on an anon or dashboard
     * path that would make a pre-signed link or a dashboard answer a forged post.
     */
    private void checkCrossSiteAllowStaysOutsideRoutes() {
        RouteSettings routes = settings.routes();
        for (Pathnames pathnames : new Pathnames[] {routes.anonPathnames(), routes.dashboardPathnames()}) {
            String key = pathnames == routes.anonPathnames() ? RouteSettings.ANON_PATHNAME : RouteSettings.DASHBOARD_PATHNAME;
            for (String pathname : pathnames.all()) {
                if (settings.crossSite().crossSiteAllow().mayMatchWithin(pathname)) {
                    read.problem(CrossSiteSettings.CROSS_SITE_ALLOW, "a glob matches paths inside " + pathname + " ("
                            + key + "): cross-site requests may be allowed only outside anon and dashboard pathnames");
                    return;
                }
            }
        }
    }

    /**
     * A route or built-in endpoint the module does not act on would be served by the portal as a
     * plain page: an anon link without its key check, a dashboard without its login, a login
     * form that logs nobody in. Each configured pathname must be one of the module's paths.
     */
    private void checkRoutesLieInsidePaths() {
        RouteSettings routes = settings.routes();
        EndpointSettings endpoints = settings.endpoints();
        GraphqlProxySettings graphqlProxy = settings.graphqlProxy();
        Map<String, List<String>> pathnamesByKey = new LinkedHashMap<>();
        pathnamesByKey.put(RouteSettings.ANON_PATHNAME, routes.anonPathnames().all());
        pathnamesByKey.put(RouteSettings.DASHBOARD_PATHNAME, routes.dashboardPathnames().all());
        pathnamesByKey.put(RouteSettings.LOGIN_PATHNAME, List.of(routes.loginPathname()));
        pathnamesByKey.put(RouteSettings.MASQUERADE_PATHNAME, List.of(routes.masqueradePathname()));
        pathnamesByKey.put(EndpointSettings.LOGIN_ENDPOINT, List.of(endpoints.loginEndpoint()));
        pathnamesByKey.put(EndpointSettings.LOGOUT_ENDPOINT, List.of(endpoints.logoutEndpoint()));
        pathnamesByKey.put(EndpointSettings.SESSION_ENDPOINT, List.of(endpoints.sessionEndpoint()));
        pathnamesByKey.put(EndpointSettings.JWKS_ENDPOINT, List.of(endpoints.jwksEndpoint()));
        if (settings.oauth().oauthEnabled()) {
            String oauthEndpoint = endpoints.krakenOAuthEndpoint();
            pathnamesByKey.put(EndpointSettings.KRAKEN_OAUTH_ENDPOINT, List.of(oauthEndpoint, oauthEndpoint + "/callback"));
        }
        if (graphqlProxy.graphqlProxyDocuments().isPresent()) {
            pathnamesByKey.put(GraphqlProxySettings.GRAPHQL_PROXY_PATH, List.of(graphqlProxy.graphqlProxyPath()));
        }
        pathnamesByKey.put(GraphqlProxySettings.GRAPHQL_PROXY_CLIENT_PATH, List.of(graphqlProxy.graphqlProxyClientPath()));
        pathnamesByKey.forEach((key, pathnames) -> {
            for (String pathname : pathnames) {
                if (!routes.paths().matches(pathname)) {
                    read.problem(RouteSettings.PATHS, pathname + " (" + key + ") lies outside " + RouteSettings.PATHS
                            + ": every route and built-in endpoint of the module must be one of its paths");
                    return;
                }
            }
        });
    }
}
