package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@code kraken.organization-key}: unset by default (blank counts as unset), read as it is when set. */
class AuthSettingsOrganizationKeyTest {

    @Test
    void unsetThereIsNoKey() {
        assertEquals(Optional.empty(), AuthSettings.from(MapConfig.withEndpointAnd()).organization().organizationKey());
    }

    @Test
    void blankCountsAsUnset() {
        assertEquals(Optional.empty(),
                AuthSettings.from(MapConfig.withEndpointAnd("kraken.organization-key", "  ")).organization().organizationKey());
    }

    @Test
    void setItIsRead() {
        assertEquals(Optional.of("sk_org_abc"),
                AuthSettings.from(MapConfig.withEndpointAnd("kraken.organization-key", "sk_org_abc")).organization().organizationKey());
    }
}
