package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Kraken OAuth is on when both {@code kraken.auth-endpoint} and
 * {@code kraken.oauth-client-id} are set; half a client stops deployment, as does plain http to a
 * non-loopback authorisation server; the secret is never repeated.
 */
class AuthSettingsKrakenOAuthTest {

    @Test
    void unsetOAuthIsOffAndItsEndpointHasItsDefaultPath() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());
        assertFalse(settings.oauth().oauthEnabled());
        assertEquals("/api/auth/kraken-oauth", settings.endpoints().krakenOAuthEndpoint());
    }

    @Test
    void anEndpointAndAClientIdTurnItOn() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.auth-endpoint", "https://auth.octopus.energy", "kraken.oauth-client-id", "portal",
                "kraken.auth.public-origin", "https://portal.example", "kraken.oauth-client-secret", "s3cret", "kraken.oauth-scope", "openid profile",
                "kraken.auth.api.kraken-oauth", "/auth/kraken"));
        assertTrue(settings.oauth().oauthEnabled());
        assertEquals(Optional.of(URI.create("https://auth.octopus.energy")), settings.oauth().oauthAuthEndpoint());
        assertEquals(Optional.of("portal"), settings.oauth().oauthClientId());
        assertEquals(Optional.of("s3cret"), settings.oauth().oauthClientSecret());
        assertEquals(Optional.of("openid profile"), settings.oauth().oauthScope());
        assertEquals("/auth/kraken", settings.endpoints().krakenOAuthEndpoint());
    }

    @Test
    void anEndpointWithoutAClientIdStopsDeploymentNamingTheMissingKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd("kraken.auth-endpoint", "https://auth.octopus.energy")));
        assertEquals(List.of("kraken.oauth-client-id"), List.copyOf(e.problems().keySet()));
    }

    @Test
    void aClientIdWithoutAnEndpointStopsDeploymentNamingTheMissingKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd("kraken.oauth-client-id", "portal")));
        assertEquals(List.of("kraken.auth-endpoint"), List.copyOf(e.problems().keySet()));
    }

    @Test
    void aSecretWithoutAClientStopsDeploymentWithoutRepeatingIt() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd("kraken.oauth-client-secret", "TOPSECRET")));
        assertEquals(List.of("kraken.oauth-client-secret"), List.copyOf(e.problems().keySet()));
        assertFalse(e.getMessage().contains("TOPSECRET"));
    }

    @Test
    void plainHttpToAnotherHostStopsDeploymentButLoopbackIsAllowed() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd("kraken.auth-endpoint", "http://auth.example", "kraken.oauth-client-id", "p",
                        "kraken.auth.public-origin", "https://portal.example")));
        assertEquals(List.of("kraken.auth-endpoint"), List.copyOf(e.problems().keySet()));

        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth-endpoint", "http://localhost:8080/kraken",
                "kraken.oauth-client-id", "p", "kraken.auth.public-origin", "http://localhost:8080")).oauth().oauthEnabled());
        assertTrue(AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth-endpoint", "http://auth.example",
                "kraken.oauth-client-id", "p", "kraken.allow-insecure-http", "true",
                "kraken.auth.public-origin", "https://portal.example")).oauth().oauthEnabled());
    }

    @Test
    void oauthWithoutAPublicOriginStopsDeploymentNamingIt() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> AuthSettings.from(
                MapConfig.withEndpointAnd("kraken.auth-endpoint", "https://auth.octopus.energy", "kraken.oauth-client-id", "p")));
        assertEquals(List.of("kraken.auth.public-origin"), List.copyOf(e.problems().keySet()));
    }
}
