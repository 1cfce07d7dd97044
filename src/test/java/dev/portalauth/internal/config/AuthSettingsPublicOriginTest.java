package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kraken.auth.public-origin}: an origin, checked at deployment, or unset. */
class AuthSettingsPublicOriginTest {

    @Test
    void unset_there_is_no_configured_origin() {
        assertEquals(Optional.empty(), AuthSettings.from(MapConfig.withEndpointAnd()).proxy().publicOrigin());
    }

    @Test
    void a_configured_origin_is_read_with_its_default_port() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.public-origin", " https://Portal.example "));
        assertEquals(Optional.of(new Origin("https", "portal.example", 443)), settings.proxy().publicOrigin());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"portal.example", "https://portal.example/", "https://portal.example/app",
        "https://portal.example?next=x", "ftp://portal.example", "null", "https://admin:SECRET@portal.example"})
    void anything_but_an_origin_stops_deployment_naming_the_key_and_not_the_value(String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.public-origin", value)));
        assertEquals(List.of("kraken.auth.public-origin"), List.copyOf(e.problems().keySet()));
        assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("/app"), e.getMessage());
    }
}
