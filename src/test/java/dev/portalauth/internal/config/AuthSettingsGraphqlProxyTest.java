package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.spi.Rate;

/** The GraphQL route's keys: off until documents are named, bounded bodies, its own rate limit. */
class AuthSettingsGraphqlProxyTest {

    @Test
    void theRouteIsOffByDefaultAtItsDefaultPathsWithA64KbBoundAnd120CallsAMinute() {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());

        assertAll(
                () -> assertEquals(Optional.empty(), settings.graphqlProxy().graphqlProxyDocuments()),
                () -> assertEquals("/api/graphql", settings.graphqlProxy().graphqlProxyPath()),
                () -> assertEquals("/api/auth/client.js", settings.graphqlProxy().graphqlProxyClientPath()),
                () -> assertEquals(64 * 1024, settings.graphqlProxy().graphqlProxyMaxBody()),
                () -> assertEquals(Rate.parse("120/PT1M"), Optional.of(settings.limits().rateLimit(LimitedOperation.GRAPHQL))));
    }

    @ParameterizedTest
    @CsvSource({"65536, 65536", "16KB, 16384", "16kb, 16384", "1MB, 1048576", "512B, 512", "1, 1"})
    void theBodyBoundIsASizeInBytesKbOrMb(String value, int bytes) {
        assertEquals(bytes, AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.graphql-proxy.max-body", value))
                .graphqlProxy().graphqlProxyMaxBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1KB", "64 K", "lots", "4096MB", "KB"})
    void anyOtherBodyBoundStopsDeploymentNamingTheKey(String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.graphql-proxy.max-body", value)));

        assertTrue(e.problems().containsKey("kraken.auth.graphql-proxy.max-body"), e.getMessage());
    }

    @Test
    void theRoutesPathsArePathnames() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AuthSettings.from(MapConfig.withEndpointAnd("kraken.auth.graphql-proxy.path", "api/graphql")));

        assertTrue(e.problems().containsKey("kraken.auth.graphql-proxy.path"), e.getMessage());
    }
}
