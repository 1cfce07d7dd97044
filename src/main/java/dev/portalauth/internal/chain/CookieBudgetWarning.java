package dev.portalauth.internal.chain;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.internal.token.ModuleTokens;

/**
 * Says at start-up when the module's cookies can together outgrow the request headers servers and
 * proxies accept by default ({@code KPA-COOKIE-004}): a browser sending more is refused by them,
 * before the module could clear anything, until the cookies expire. Growth comes from settings (a
 * raised {@code max-claims-bytes}, an RSA key, mobile web view), so the operator is told once,
 * with the number.
 */
@ApplicationScoped
public class CookieBudgetWarning {

    private static final Logger LOG = Logger.getLogger(CookieBudgetWarning.class.getName());

    private final AuthSettings settings;
    private final AuthChain chain;
    private final ModuleTokens tokens;
    private final CurrentKeys keys;
    private final Clock clock;

    @Inject
    CookieBudgetWarning(AuthSettings settings, AuthChain chain, ModuleTokens tokens, CurrentKeys keys, Clock clock) {
        this.settings = settings;
        this.chain = chain;
        this.tokens = tokens;
        this.keys = keys;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected CookieBudgetWarning() {
        this(null, null, null, null, null);
    }

    void warnAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        WorstCaseCookieHeader worst = new WorstCaseCookieHeader(settings, chain.cookieNames(), tokens, keys, clock);
        if (!worst.fits()) {
            LOG.warning("KPA-COOKIE-004 the module's cookies can together make a Cookie header of " + worst.bytes()
                    + " bytes, more than the " + WorstCaseCookieHeader.BUDGET + " many servers and proxies accept"
                    + " (kraken.auth.cookie.max-claims-bytes=" + settings.maxClaimsBytes()
                    + " for the guest token and sessionPayload each, the module key's signature size, mobile web view"
                    + " when on): lower max-claims-bytes, use an EC P-256 key, or raise the limits of every server"
                    + " and proxy in front of the portal");
        }
    }
}
