package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.config.Origin;
import dev.portalauth.internal.proxy.ClientAddresses;
import dev.portalauth.internal.support.FakeHttp;

/**
 * The portal's origin of a request: the configured public origin, else what a trusted proxy
 * reports in X-Forwarded-Proto/-Host, else the request's scheme and Host.
 */
class PortalOriginTest {

    private static PortalOrigin portal(String... keysAndValues) {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(keysAndValues));
        ProxySettings proxy = settings.proxy();
        return new PortalOrigin(proxy, new ClientAddresses(proxy.trustedProxies(), proxy.trustedProxiesHeader()));
    }

    @Test
    void unconfigured_it_is_the_request_scheme_and_host_header() {
        PortalOrigin portal = portal();

        assertEquals(Origin.parse("http://localhost:21080"),
                portal.of(FakeHttp.post().header("Host", "localhost:21080").request()));
        assertEquals(Origin.parse("https://portal.example"),
                portal.of(FakeHttp.post().scheme("https").header("Host", "portal.example").request()));
    }

    @Test
    void unconfigured_and_without_a_usable_host_header_it_is_unknown() {
        PortalOrigin portal = portal();

        assertEquals(Optional.empty(), portal.of(FakeHttp.post().request()));
        assertEquals(Optional.empty(), portal.of(FakeHttp.post().header("Host", "evil.example/path").request()));
    }

    @Test
    void configured_it_is_the_public_origin_whatever_the_request_says() {
        PortalOrigin portal = portal("kraken.auth.public-origin", "https://portal.example",
                "kraken.auth.trusted-proxies", "10.0.0.0/8");

        assertEquals(Origin.parse("https://portal.example"), portal.of(FakeHttp.post().from("10.0.0.2")
                .header("Host", "internal-node:8080").header("X-Forwarded-Host", "other.example").request()));
    }

    @Test
    void from_a_trusted_proxy_it_is_the_scheme_and_host_the_proxy_reports() {
        PortalOrigin portal = portal("kraken.auth.trusted-proxies", "10.0.0.0/8");

        assertEquals(Origin.parse("https://portal.example"), portal.of(FakeHttp.post().from("10.0.0.2")
                .header("Host", "node-1:8080").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "portal.example").request()));
        assertEquals(Origin.parse("https://node-1:8080"), portal.of(FakeHttp.post().from("10.0.0.2")
                .header("Host", "node-1:8080").header("X-Forwarded-Proto", "https").request()));
    }

    @Test
    void from_a_trusted_proxy_the_value_it_added_last_wins_over_what_the_client_sent() {
        PortalOrigin portal = portal("kraken.auth.trusted-proxies", "10.0.0.0/8");

        assertEquals(Origin.parse("https://portal.example"), portal.of(FakeHttp.post().from("10.0.0.2")
                .header("X-Forwarded-Proto", "http, https").header("X-Forwarded-Host", "evil.example, portal.example")
                .request()));
    }

    @Test
    void from_any_other_peer_the_forwarding_headers_are_ignored() {
        PortalOrigin portal = portal("kraken.auth.trusted-proxies", "10.0.0.0/8");

        assertEquals(Origin.parse("http://node-1:8080"), portal.of(FakeHttp.post().from("198.51.100.9")
                .header("Host", "node-1:8080").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "portal.example").request()));
    }

    @Test
    void from_a_trusted_proxy_the_last_line_counts_not_the_first_the_client_sent() {
        PortalOrigin portal = portal("kraken.auth.trusted-proxies", "10.0.0.0/8");

        assertEquals(Origin.parse("https://portal.example"), portal.of(FakeHttp.post().from("10.0.0.2")
                .headerLines("X-Forwarded-Proto", "http", "https")
                .headerLines("X-Forwarded-Host", "evil.example", "other.example, portal.example")
                .request()));
    }
}
