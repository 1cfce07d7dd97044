package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.chain.RequestAuths;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.support.FakeHttp;

/**
 * Where a visitor is sent to log in, by the dashboard rule and the JAX-RS guards alike: back to the
 * page afterwards through {@code next}, except where that would carry a pre-signed key (in the
 * query, or as a segment of a path under an anon pathname) or an over-long {@code next}.
 */
class LoginTargetsSpec {

    private final AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
            "kraken.auth.routes.anon.pathname", "/anon,/links"));

    private String target(String pathAndQuery) {
        return LoginTargets.comeBackTo(settings.routes(), settings.anonKeys(), RequestAuths.of(new FakeHttp().path(pathAndQuery)));
    }

    @Test
    void aPageComesBackThroughNext() {
        assertEquals("/login?next=%2Fdashboard%2Fbills%3Fyear%3D2024", target("/dashboard/bills?year=2024"));
    }

    @Test
    void aKeyInAPathSegmentUnderAnAnonPathnameNeverTravelsInNext() {
        assertEquals("/login", target("/anon/SECRET-KEY/A-1234/feedback"));
        assertEquals("/login", target("/links/SECRET-KEY"));
        assertEquals("/login", target("/anon"));
    }

    @Test
    void aPathOnlyBeginningLikeAnAnonPathnameIsNotUnderIt() {
        assertEquals("/login?next=%2Fanonymous%2Fhelp", target("/anonymous/help"));
    }

    @Test
    void aKeyInTheQueryLeavesTheQueryOut() {
        assertEquals("/login?next=%2Fdashboard%2Fx", target("/dashboard/x?key=SECRET-KEY"));
    }

    @Test
    void aNextLongerThan512BytesOnceEncodedIsDropped() {
        String fits = "/d/" + "a".repeat(505); // 512 bytes encoded: the slashes become %2F
        String tooLong = "/d/" + "a".repeat(506);
        String shortButEncodedTooLong = "/d?q=" + ",".repeat(170); // 175 characters, 521 bytes encoded

        assertEquals("/login?next=%2Fd%2F" + "a".repeat(505), target(fits));
        assertEquals("/login", target(tooLong));
        assertEquals("/login", target(shortButEncodedTooLong));
    }

    @Test
    void aLostSessionIsNamedWithOrWithoutNext() {
        assertEquals("/login?next=%2Fdashboard&error=SESSION_EXPIRED", LoginTargets.comeBackTo(settings.routes(), settings.anonKeys(),
                RequestAuths.lostSession(new FakeHttp().path("/dashboard"), AuthErrorCode.SESSION_EXPIRED)));
        assertEquals("/login?error=SESSION_EXPIRED", LoginTargets.comeBackTo(settings.routes(), settings.anonKeys(),
                RequestAuths.lostSession(new FakeHttp().path("/anon/SECRET-KEY"), AuthErrorCode.SESSION_EXPIRED)));
    }
}
