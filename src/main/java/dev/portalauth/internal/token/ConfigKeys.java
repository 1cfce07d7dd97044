package dev.portalauth.internal.token;

/** Names of the configuration keys this package reports in its errors and warnings. */
final class ConfigKeys {

    static final String SIGNING_KEY = "kraken.auth.guest.signing-key";
    static final String SIGNING_KEY_LOCATION = "kraken.auth.guest.signing-key-location";
    static final String KEY_ID = "kraken.auth.guest.key-id";
    static final String PREVIOUS_KEYS_LOCATION = "kraken.auth.guest.previous-keys-location";
    static final String JWKS_URI = "kraken.jwks-uri";

    private ConfigKeys() {
    }
}
