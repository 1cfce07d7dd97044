package dev.portalauth.internal.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.token.CredentialVerifier;

/**
 * Builds, once, the names in force of the module's cookies and the planner of a session's cookies,
 * and hands out the same instances: both are immutable.
 */
@ApplicationScoped
public class CookieBeans {

    private final CookieNames names;
    private final SessionCookies sessionCookies;

    @Inject
    CookieBeans(CookieSettings cookie, GuestSettings guest, CookieWriter cookies, CredentialVerifier verifier, Clock clock) {
        this.names = new CookieNames(cookie, guest);
        this.sessionCookies = new SessionCookies(cookies, names, verifier.bindings(), clock);
    }

    /** For the container's client proxy only. */
    protected CookieBeans() {
        this.names = null;
        this.sessionCookies = null;
    }

    @Produces
    CookieNames names() {
        return names;
    }

    @Produces
    SessionCookies sessionCookies() {
        return sessionCookies;
    }
}
