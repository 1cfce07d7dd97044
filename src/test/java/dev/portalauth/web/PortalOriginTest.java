package dev.portalauth.web;

import dev.portalauth.support.FakeHttp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.config.AuthSettings;
import dev.portalauth.config.MapConfig;
import dev.portalauth.config.Origin;

/** The portal's origin of a request: the configured public origin, else the request's scheme and Host. */
class PortalOriginTest {

    private static AuthSettings settings(String... keysAndValues) {
        return AuthSettings.from(MapConfig.withEndpointAnd(keysAndValues));
    }

    @Test
    void unconfigured_it_is_the_request_scheme_and_host_header() {
        PortalOrigin portal = new PortalOrigin(settings());

        assertEquals(Origin.parse("http://localhost:21080"),
                portal.of(FakeHttp.post().header("Host", "localhost:21080").request()));
        assertEquals(Origin.parse("https://portal.example"),
                portal.of(FakeHttp.post().scheme("https").header("Host", "portal.example").request()));
    }

    @Test
    void unconfigured_and_without_a_usable_host_header_it_is_unknown() {
        PortalOrigin portal = new PortalOrigin(settings());

        assertEquals(Optional.empty(), portal.of(FakeHttp.post().request()));
        assertEquals(Optional.empty(), portal.of(FakeHttp.post().header("Host", "evil.example/path").request()));
    }

    @Test
    void configured_it_is_the_public_origin_whatever_the_request_says() {
        PortalOrigin portal = new PortalOrigin(settings("kraken.auth.public-origin", "https://portal.example"));

        assertEquals(Origin.parse("https://portal.example"),
                portal.of(FakeHttp.post().header("Host", "internal-node:8080").request()));
    }
}
