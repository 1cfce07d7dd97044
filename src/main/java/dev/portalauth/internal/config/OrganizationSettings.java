package dev.portalauth.internal.config;

import java.util.Optional;

/**
 * The organisation's own access to Kraken.
 *
 * @param organizationKey {@code kraken.organization-key} ({@code KRAKEN_ORGANIZATION_KEY}): the
 *        organisation secret key of the {@code @Organization} Kraken client; unset, that client
 *        refuses to be used. A secret
 */
public record OrganizationSettings(Optional<String> organizationKey) {

    static OrganizationSettings read(SettingsReader read) {
        return new OrganizationSettings(read.secret("kraken.organization-key"));
    }

    @Override
    public String toString() {
        return "OrganizationSettings[organizationKey=" + Secrets.shown(organizationKey) + "]";
    }
}
