package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A settings record may end up in a log line: its text says whether a secret is set, never what it is. */
class SettingsToStringSpec {

    private final AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(
            "kraken.graphql-endpoint", "https://user:password-SECRET@api.octopus.energy/v1/graphql/",
            "kraken.x-client-ip-secret-key", "client-ip-SECRET",
            "kraken.auth.guest.signing-key", "-----BEGIN PRIVATE KEY-----\nSIGNING-KEY-SECRET\n-----END PRIVATE KEY-----",
            "kraken.organization-key", "sk_org_SECRET",
            "kraken.auth-endpoint", "https://auth.octopus.energy/",
            "kraken.oauth-client-id", "portal",
            "kraken.oauth-client-secret", "client-SECRET",
            "kraken.auth.public-origin", "https://portal.example"));

    @Test
    void noRecordShowsASecret() {
        String text = settings.toString();
        assertFalse(text.contains("SECRET"), text);
    }

    @Test
    void aRecordSaysWhichSecretsAreSet() {
        assertTrue(settings.kraken().toString().contains("clientIpSecret=(set)"), settings.kraken().toString());
        assertTrue(settings.signingKeys().toString().contains("signingKey=(set)"));
        assertTrue(settings.organization().toString().contains("organizationKey=(set)"));
        assertTrue(settings.oauth().toString().contains("oauthClientSecret=(set)"));
    }
}
