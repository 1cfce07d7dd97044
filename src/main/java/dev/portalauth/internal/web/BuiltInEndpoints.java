package dev.portalauth.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;

import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.EndpointSettings;
import dev.portalauth.internal.config.GraphqlProxySettings;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.config.Pathnames;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.graphql.ProxyDocuments;
import dev.portalauth.internal.kraken.KrakenQueries;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.login.KrakenOAuthLogin;
import dev.portalauth.internal.login.MasqueradeLogin;
import dev.portalauth.internal.login.PasswordLogin;
import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.internal.wiring.Extensions;
import dev.portalauth.spi.MasqueradeParamsExtractor;

/** The built-in endpoints by their configured paths: one map lookup per request, plus the masquerade prefix. */
@ApplicationScoped
public class BuiltInEndpoints {

    private final Map<String, BuiltInEndpoint> byPath = new HashMap<>();
    private final Pathnames masqueradePathname;
    private final BuiltInEndpoint masquerade;

    @Inject
    BuiltInEndpoints(RouteSettings routes, AnonKeySettings anonKeys, EndpointSettings endpoints, CookieSettings cookies,
            ProxySettings proxy, OAuthSettings oauth, GraphqlProxySettings graphqlProxy,
            PasswordLogin passwordLogin, MasqueradeLogin masqueradeLogin, KrakenOAuthLogin oauthLogin, AuthChain chain,
            CurrentKeys moduleKeys, StateChanges stateChanges, ProxyDocuments proxyDocuments,
            KrakenQueries krakenQueries, RateLimits limits, Instance<MasqueradeParamsExtractor> customMasqueradeExtractor) {
        JsonProvider json = JsonProvider.provider();
        SessionJson sessionJson = new SessionJson(json, anonKeys);
        byPath.put(endpoints.sessionEndpoint(), new SessionEndpoint(sessionJson));
        byPath.put(endpoints.loginEndpoint(), new LoginEndpoint(passwordLogin, sessionJson, routes, json, stateChanges));
        byPath.put(endpoints.logoutEndpoint(), new LogoutEndpoint(chain, routes, stateChanges, json));
        byPath.put(endpoints.jwksEndpoint(), new JwksEndpoint(moduleKeys));
        byPath.put(graphqlProxy.graphqlProxyClientPath(), new ClientScriptEndpoint(endpoints, graphqlProxy, json));
        proxyDocuments.documents().ifPresent(documents -> byPath.put(graphqlProxy.graphqlProxyPath(),
                new GraphqlProxyEndpoint(documents, krakenQueries, limits, stateChanges, json,
                        graphqlProxy.graphqlProxyMaxBody())));
        if (oauth.oauthEnabled()) {
            byPath.put(endpoints.krakenOAuthEndpoint(), new KrakenOAuthStartEndpoint(oauthLogin));
            byPath.put(endpoints.krakenOAuthEndpoint() + "/callback",
                    new KrakenOAuthCallbackEndpoint(oauthLogin, routes, cookies));
        }
        masqueradePathname = Pathnames.of(List.of(routes.masqueradePathname()));
        masquerade = new MasqueradeEndpoint(masqueradeLogin,
                Extensions.one(customMasqueradeExtractor, DefaultMasqueradeParamsExtractor::new), routes);
    }

    /** For the container's client proxy only. */
    protected BuiltInEndpoints() {
        this.masqueradePathname = null;
        this.masquerade = null;
    }

    /** The endpoint at this normalised path, or {@code null}. */
    BuiltInEndpoint at(String path) {
        BuiltInEndpoint endpoint = byPath.get(path);
        if (endpoint == null && masqueradePathname.match(path) != null) {
            return masquerade;
        }
        return endpoint;
    }
}
