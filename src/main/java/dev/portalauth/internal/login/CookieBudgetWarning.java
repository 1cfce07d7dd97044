package dev.portalauth.internal.login;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.token.CookieMessages;
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

    private final AnonKeySettings anonKeys;
    private final CookieSettings cookie;
    private final GuestSettings guest;
    private final OAuthSettings oauth;
    private final CookieNames names;
    private final ModuleTokens tokens;
    private final CurrentKeys keys;
    private final Clock clock;

    @Inject
    CookieBudgetWarning(AnonKeySettings anonKeys, CookieSettings cookie, GuestSettings guest, OAuthSettings oauth,
                        CookieNames names, ModuleTokens tokens, CurrentKeys keys, Clock clock) {
        this.anonKeys = anonKeys;
        this.cookie = cookie;
        this.guest = guest;
        this.oauth = oauth;
        this.names = names;
        this.tokens = tokens;
        this.keys = keys;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected CookieBudgetWarning() {
        this(null, null, null, null, null, null, null, null);
    }

    void warnAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        WorstCaseCookieHeader worst = new WorstCaseCookieHeader(anonKeys, cookie, guest, oauth, names, tokens, keys, clock);
        if (!worst.fits()) {
            CookieMessages.OVER_HEADER_BUDGET.log(LOG, worst.bytes(), WorstCaseCookieHeader.BUDGET, cookie.maxClaimsBytes());
        }
    }
}
