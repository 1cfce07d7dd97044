package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.RequestAuths;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.internal.token.KrakenIssuer;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.KrakenTokenVerifier;
import dev.portalauth.spi.AnonResponses;

/** Dashboards need a full session; the login page with one goes to the dashboard. */
class RoutePolicySpec {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final RoutePolicy policy = policy(AuthSettings.from(MapConfig.withEndpointAnd(
            "kraken.auth.routes.dashboard.pathname", "/dashboard,/account")));

    @SuppressWarnings("unchecked")
    private static RoutePolicy policy(AuthSettings settings) {
        Instance<AnonResponses> noCustomResponses = (Instance<AnonResponses>) Proxy.newProxyInstance(
                RoutePolicySpec.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isAmbiguous", "isResolvable" -> false;
                    default -> throw new AssertionError(m.getName());
                });
        return new RoutePolicy(settings.routes(), settings.anonKeys(), noCustomResponses);
    }

    private RequestAuth with(FakeHttp http, AuthMethod method) {
        if (method == AuthMethod.NONE) {
            return RequestAuths.of(http);
        }
        KrakenToken token = new KrakenTokenVerifier(Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 10, clock).decode(rs256()).orElseThrow();
        return RequestAuths.authenticated(http, method, token);
    }

    private String rs256() {
        try {
            return KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDashboardWithoutAFullSessionGoesToLoginAndComesBack() throws Exception {
        for (AuthMethod method : new AuthMethod[] {AuthMethod.NONE, AuthMethod.SCOPED}) {
            FakeHttp http = new FakeHttp().path("/account/settings?tab=2");

            assertTrue(policy.enforce(with(http, method)), method.name());

            assertEquals(303, http.status());
            assertEquals("/login?next=%2Faccount%2Fsettings%3Ftab%3D2", http.responseHeaders.get("Location"));
        }
    }

    @Test
    void aKeyInTheQueryNeverTravelsInNext() throws Exception {
        FakeHttp http = new FakeHttp().path("/dashboard/x?key=SECRET-KEY");

        policy.enforce(with(http, AuthMethod.NONE));

        assertEquals("/login?next=%2Fdashboard%2Fx", http.responseHeaders.get("Location"));
    }

    @Test
    void aFullSessionEntersTheDashboard() throws Exception {
        for (AuthMethod method : new AuthMethod[] {AuthMethod.MASQUERADE, AuthMethod.MOBILE_WEB_VIEW, AuthMethod.ACCESS_TOKEN}) {
            assertFalse(policy.enforce(with(new FakeHttp().path("/dashboard"), method)), method.name());
        }
    }

    @Test
    void theLoginPageWithAFullSessionGoesToTheFirstDashboard() throws Exception {
        FakeHttp http = new FakeHttp().path("/login");

        assertTrue(policy.enforce(with(http, AuthMethod.ACCESS_TOKEN)));

        assertEquals("/dashboard", http.responseHeaders.get("Location"));
        assertFalse(policy.enforce(with(new FakeHttp().path("/login"), AuthMethod.NONE)));
    }

    @Test
    void everythingElseIsServed() throws Exception {
        assertFalse(policy.enforce(with(new FakeHttp().path("/tariffs"), AuthMethod.NONE)));
        assertFalse(policy.enforce(with(new FakeHttp().path("/dashboards"), AuthMethod.NONE)), "whole segments only");
    }
}
