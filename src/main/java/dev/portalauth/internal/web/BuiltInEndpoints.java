package dev.portalauth.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;

import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.Extensions;
import dev.portalauth.internal.chain.KrakenOAuthLogin;
import dev.portalauth.internal.chain.MasqueradeLogin;
import dev.portalauth.internal.chain.PasswordLogin;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.Pathnames;
import dev.portalauth.internal.graphql.ProxyDocuments;
import dev.portalauth.internal.kraken.KrakenQueries;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.spi.MasqueradeParamsExtractor;

/** The built-in endpoints by their configured paths: one map lookup per request, plus the masquerade prefix. */
@ApplicationScoped
public class BuiltInEndpoints {

    @Inject
    AuthSettings settings;
    @Inject
    PasswordLogin passwordLogin;
    @Inject
    MasqueradeLogin masqueradeLogin;
    @Inject
    KrakenOAuthLogin oauthLogin;
    @Inject
    AuthChain chain;
    @Inject
    Instance<MasqueradeParamsExtractor> customMasqueradeExtractor;
    @Inject
    CurrentKeys moduleKeys;
    @Inject
    ClientAddresses clientAddresses;
    @Inject
    ProxyDocuments proxyDocuments;
    @Inject
    KrakenQueries krakenQueries;
    @Inject
    RateLimits limits;

    private final Map<String, BuiltInEndpoint> byPath = new HashMap<>();
    private Pathnames masqueradePathname;
    private BuiltInEndpoint masquerade;

    @PostConstruct
    void init() {
        JsonProvider json = JsonProvider.provider();
        SessionJson sessionJson = new SessionJson(json, settings);
        PortalOrigin portalOrigin = new PortalOrigin(settings, clientAddresses);
        StateChanges stateChanges = new StateChanges(portalOrigin, settings.crossSiteTrustedOrigins(), json);
        byPath.put(settings.sessionEndpoint(), new SessionEndpoint(sessionJson));
        byPath.put(settings.loginEndpoint(), new LoginEndpoint(passwordLogin, sessionJson, settings, json, stateChanges));
        byPath.put(settings.logoutEndpoint(), new LogoutEndpoint(chain, settings, stateChanges, json));
        byPath.put(settings.jwksEndpoint(), new JwksEndpoint(moduleKeys));
        byPath.put(settings.graphqlProxyClientPath(), new ClientScriptEndpoint(settings, json));
        proxyDocuments.documents().ifPresent(documents -> byPath.put(settings.graphqlProxyPath(),
                new GraphqlProxyEndpoint(documents, krakenQueries, limits, stateChanges, json,
                        settings.graphqlProxyMaxBody())));
        if (settings.oauthEnabled()) {
            byPath.put(settings.krakenOAuthEndpoint(), new KrakenOAuthStartEndpoint(oauthLogin));
            byPath.put(settings.krakenOAuthEndpoint() + "/callback", new KrakenOAuthCallbackEndpoint(oauthLogin, settings));
        }
        masqueradePathname = Pathnames.of(List.of(settings.masqueradePathname()));
        masquerade = new MasqueradeEndpoint(masqueradeLogin,
                Extensions.one(customMasqueradeExtractor, DefaultMasqueradeParamsExtractor::new), settings);
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
