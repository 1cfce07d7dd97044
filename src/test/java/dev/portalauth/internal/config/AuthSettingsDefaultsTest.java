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
                () -> assertEquals(endpoint, settings.kraken().graphqlEndpoint()),
                () -> assertEquals(endpoint, settings.kraken().authEndpoint()),
                () -> assertEquals(Optional.empty(), settings.kraken().clientIpSecret()),
                () -> assertEquals(Optional.empty(), settings.kraken().jwksUri()),
                () -> assertEquals(Duration.ofSeconds(2), settings.kraken().connectTimeout()),
                () -> assertEquals(Duration.ofSeconds(5), settings.kraken().readTimeout()),
                () -> assertEquals(List.of("/anon"), settings.routes().anonPathnames().all()),
                () -> assertEquals(List.of(), settings.routes().anonAllowList().patterns()),
                () -> assertEquals("key", settings.anonKeys().keyQueryParam()),
                () -> assertEquals("accountNumber", settings.anonKeys().accountNumberClaim()),
                () -> assertEquals(List.of("/dashboard"), settings.routes().dashboardPathnames().all()),
                () -> assertEquals("/login", settings.routes().loginPathname()),
                () -> assertEquals("/masquerade", settings.routes().masqueradePathname()),
                () -> assertEquals("/api/auth/login", settings.endpoints().loginEndpoint()),
                () -> assertEquals("/api/auth/logout", settings.endpoints().logoutEndpoint()),
                () -> assertEquals("/api/auth/session", settings.endpoints().sessionEndpoint()),
                () -> assertEquals("/api/auth/jwks.json", settings.endpoints().jwksEndpoint()),
                () -> assertTrue(settings.cookies().cookieSecure()),
                () -> assertEquals(SameSite.LAX, settings.cookies().sameSite()),
                () -> assertEquals(Optional.empty(), settings.cookies().cookieDomain()),
                () -> assertTrue(settings.guest().guestEnabled()),
                () -> assertEquals(List.of("/**"), settings.guest().guestPaths().patterns()),
                () -> assertEquals("jwt", settings.guest().guestCookieName()),
                () -> assertEquals(Duration.ofDays(3650), settings.guest().guestLifetime()),
                () -> assertEquals("kraken-portal-auth", settings.signingKeys().issuer()),
                () -> assertEquals(Optional.empty(), settings.signingKeys().signingKey()),
                () -> assertEquals(Optional.empty(), settings.signingKeys().signingKeyLocation()),
                () -> assertEquals(Optional.empty(), settings.signingKeys().keyId()),
                () -> assertEquals(Optional.empty(), settings.signingKeys().previousKeysLocation()),
                () -> assertEquals(Duration.ofSeconds(30), settings.tokens().refreshMargin()),
                () -> assertEquals(10_000, settings.tokens().tokenCacheMaxEntries()),
                () -> assertEquals(512, settings.anonKeys().keyMaxLength()));
    }

    @Test
    void the_default_guest_paths_cover_every_path_and_the_default_allow_list_none() {
        assertTrue(settings.guest().guestPaths().matches("/"));
        assertTrue(settings.guest().guestPaths().matches("/anon/k/account/A-1"));
        assertFalse(settings.routes().anonAllowList().matches("/anon/k"));
    }

    @Test
    void an_empty_or_blank_value_counts_as_unset() {
        AuthSettings blank = AuthSettings.from(MapConfig.withEndpointAnd(
                "kraken.connect-timeout", "  ",
                "kraken.auth.cookie.domain", "",
                "kraken.x-client-ip-secret-key", " "));
        assertEquals(Duration.ofSeconds(2), blank.kraken().connectTimeout());
        assertEquals(Optional.empty(), blank.cookies().cookieDomain());
        assertEquals(Optional.empty(), blank.kraken().clientIpSecret());
    }
}
