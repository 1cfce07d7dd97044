package dev.portalauth.internal.web;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.chain.RequestAdmission;
import dev.portalauth.internal.config.CrossSiteProtection;
import dev.portalauth.internal.config.CrossSiteSettings;
import dev.portalauth.internal.config.ProxySettings;

/**
 * Judges each request with {@link CrossSiteGate} before the chain acts, so that a refused request
 * leaves no trace (no refresh, exchange or cookie) and an allowed cross-site one gets no
 * credentials; the servlet filter then answers the refused ones.
 */
@ApplicationScoped
public class CrossSiteAdmission implements RequestAdmission {

    private static final Logger LOG = Logger.getLogger(CrossSiteAdmission.class.getName());

    private final CrossSiteSettings crossSite;
    private final ProxySettings proxy;
    private final CrossSiteGate gate;
    private final StateChanges rule;

    @Inject
    CrossSiteAdmission(CrossSiteSettings crossSite, ProxySettings proxy, StateChanges rule, BuiltInEndpoints endpoints) {
        this.crossSite = crossSite;
        this.proxy = proxy;
        this.gate = new CrossSiteGate(crossSite.crossSiteProtection(), crossSite.crossSiteAllow(),
                path -> endpoints.at(path) != null);
        this.rule = rule;
    }

    /** For the container's client proxy only. */
    protected CrossSiteAdmission() {
        this.crossSite = null;
        this.proxy = null;
        this.gate = null;
        this.rule = null;
    }

    @Override
    public Admission of(HttpServletRequest request, String path) {
        return gate.admission(request.getMethod(), path, () -> rule.crossSite(request));
    }

    /**
     * Without a configured origin the portal's origin is the request's own {@code Host}; behind a
     * proxy that is not trusted that is the proxy's view, which browsers' {@code Origin} never
     * matches, so every form post and fetch would be refused. Said once, at start-up.
     */
    void warnAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (crossSite.crossSiteProtection() == CrossSiteProtection.ALL && proxy.publicOrigin().isEmpty()
                && proxy.trustedProxies().isEmpty()) {
            CrossSiteMessages.NO_PUBLIC_ORIGIN.log(LOG);
        }
    }
}
