package dev.portalauth.internal.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The module's own signing keys, for guest and session-payload tokens.
 *
 * @param issuer {@code kraken.auth.guest.issuer} (default {@code kraken-portal-auth}): {@code iss} of
 *        guest and session-payload tokens
 * @param signingKey {@code kraken.auth.guest.signing-key}: an inline PKCS#8 PEM private key. A
 *        secret; exclusive with the location
 * @param signingKeyLocation {@code kraken.auth.guest.signing-key-location}: a file or classpath
 *        location of the PEM key
 * @param keyId {@code kraken.auth.guest.key-id}: the {@code kid} of the static key; when absent,
 *        {@code s-} + its thumbprint
 * @param previousKeysLocation {@code kraken.auth.guest.previous-keys-location}: a JWKS of retired
 *        public keys still accepted
 * @param keyReload {@code kraken.auth.guest.key-reload} (default {@code PT1M}): how often the
 *        signing-key and previous-keys files are looked at for a change; zero: never
 */
public record SigningKeySettings(String issuer, Optional<String> signingKey, Optional<String> signingKeyLocation,
        Optional<String> keyId, Optional<String> previousKeysLocation, Duration keyReload) {

    static final String SIGNING_KEY = "kraken.auth.guest.signing-key";
    static final String SIGNING_KEY_LOCATION = "kraken.auth.guest.signing-key-location";

    static SigningKeySettings read(SettingsReader read) {
        SigningKeySettings keys = new SigningKeySettings(
                read.text("kraken.auth.guest.issuer", "kraken-portal-auth"),
                read.secret(SIGNING_KEY),
                read.optionalText(SIGNING_KEY_LOCATION),
                read.optionalText("kraken.auth.guest.key-id"),
                read.optionalText("kraken.auth.guest.previous-keys-location"),
                read.durationOrZero("kraken.auth.guest.key-reload", Duration.ofMinutes(1)));
        if (keys.signingKey.isPresent() && keys.signingKeyLocation.isPresent()) {
            read.problem(SIGNING_KEY_LOCATION, "set either " + SIGNING_KEY + " or " + SIGNING_KEY_LOCATION + ", not both");
        }
        return keys;
    }

    @Override
    public String toString() {
        return "SigningKeySettings[issuer=" + issuer + ", signingKey=" + Secrets.shown(signingKey)
                + ", signingKeyLocation=" + signingKeyLocation + ", keyId=" + keyId
                + ", previousKeysLocation=" + previousKeysLocation + ", keyReload=" + keyReload + "]";
    }
}
