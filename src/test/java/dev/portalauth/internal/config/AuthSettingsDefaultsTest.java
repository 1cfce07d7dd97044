package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuthSettingsDefaultsTest {

    private final AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());

    @Test
    void only_the_graphql_endpoint_is_required_and_every_other_key_takes_the_spec_default() {
        URI endpoint = URI.create("https://api.octopus.energy/v1/graphql/");
        assertAll(
                () -> assertEquals(endpoint, settings.graphqlEndpoint()),
                () -> assertEquals(endpoint, settings.authEndpoint()),
                () -> assertEquals(Optional.empty(), settings.clientIpSecret()),
                () -> assertEquals(Optional.empty(), settings.jwksUri()),
                () -> assertEquals(Duration.ofSeconds(2), settings.connectTimeout()),
                () -> assertEquals(Duration.ofSeconds(5), settings.readTimeout()),
                () -> assertEquals(List.of("/anon"), settings.anonPathnames().all()),
                () -> assertEquals(List.of(), settings.anonAllowList().patterns()),
                () -> assertEquals("key", settings.keyQueryParam()),
                () -> assertEquals("accountNumber", settings.accountNumberClaim()),
                () -> assertEquals(List.of("/dashboard"), settings.dashboardPathnames().all()),
                () -> assertEquals("/login", settings.loginPathname()),
                () -> assertEquals("/masquerade", settings.masqueradePathname()),
                () -> assertEquals("/api/auth/login", settings.loginEndpoint()),
                () -> assertEquals("/api/auth/logout", settings.logoutEndpoint()),
                () -> assertEquals("/api/auth/session", settings.sessionEndpoint()),
                () -> assertEquals("/api/auth/jwks.json", settings.jwksEndpoint()),
                () -> assertTrue(settings.cookieSecure()),
                () -> assertEquals(SameSite.LAX, settings.sameSite()),
                () -> assertEquals(Optional.empty(), settings.cookieDomain()),
                () -> assertTrue(settings.guestEnabled()),
                () -> assertEquals(List.of("/**"), settings.guestPaths().patterns()),
                () -> assertEquals("jwt", settings.guestCookieName()),
                () -> assertEquals(Duration.ofDays(3650), settings.guestLifetime()),
                () -> assertEquals("kraken-portal-auth", settings.issuer()),
                () -> assertEquals(Optional.empty(), settings.signingKey()),
                () -> assertEquals(Optional.empty(), settings.signingKeyLocation()),
                () -> assertEquals(Optional.empty(), settings.keyId()),
                () -> assertEquals(Optional.empty(), settings.previousKeysLocation()),
                () -> assertEquals(Duration.ofSeconds(30), settings.refreshMargin()),
                () -> assertEquals(10_000, settings.tokenCacheMaxEntries()),
                () -> assertEquals(512, settings.keyMaxLength()));
    }

    @Test
    void the_default_guest_paths_cover_every_path_and_the_default_allow_list_none() {
        assertTrue(settings.guestPaths().matches("/"));
        assertTrue(settings.guestPaths().matches("/anon/k/account/A-1"));
        assertFalse(settings.anonAllowList().matches("/anon/k"));
    }

    @Test
    void an_empty_or_blank_value_counts_as_unset() {
        AuthSettings blank = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.connect-timeout", "  ",
                "kraken.auth.cookie.domain", "",
                "kraken.x-client-ip-secret-key", " "));
        assertEquals(Duration.ofSeconds(2), blank.connectTimeout());
        assertEquals(Optional.empty(), blank.cookieDomain());
        assertEquals(Optional.empty(), blank.clientIpSecret());
    }
}
