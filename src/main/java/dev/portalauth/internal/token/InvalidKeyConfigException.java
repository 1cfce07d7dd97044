package dev.portalauth.internal.token;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * A key-related configuration value that cannot be used. The message starts with a stable code
 * and names the configuration key; it never contains key material.
 */
public final class InvalidKeyConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The key, or its location, is not a usable PKCS#8 RSA ≥ 2048 / EC P-256 private key. */
    public static final String UNUSABLE_KEY = TokenMessages.UNUSABLE_KEY.code();
    /** Two configuration keys that exclude each other are both set. */
    public static final String CONFLICTING_KEYS = TokenMessages.CONFLICTING_KEYS.code();
    /** A key location cannot be read. */
    public static final String UNREADABLE_LOCATION = TokenMessages.UNREADABLE_LOCATION.code();
    /** The JWKS of previous keys is malformed or holds an unusable key. */
    public static final String BAD_PREVIOUS_KEYS = TokenMessages.BAD_PREVIOUS_KEYS.code();
    /** The Kraken JWKS URI is not a usable URL. */
    public static final String BAD_JWKS_URI = TokenMessages.BAD_JWKS_URI.code();
    /** The signing key is one the repository publishes for tests and the demo, outside a test or demo WAR. */
    public static final String SHIPPED_KEY = TokenMessages.SHIPPED_KEY.code();
    /** A changed key file would put a second key under a key id in use: one id, one key. */
    public static final String KEY_ID_REUSED = TokenMessages.KEY_ID_REUSED.code();

    private final String code;
    private final String configKey;

    InvalidKeyConfigException(NumberedMessage message, String configKey, String reason) {
        super(message.format(configKey, reason));
        this.code = message.code();
        this.configKey = configKey;
    }

    /** The stable error code, {@code KPA-TOKEN-1xx}. */
    public String code() {
        return code;
    }

    /** The configuration key at fault (the first one when two conflict). */
    public String configKey() {
        return configKey;
    }
}
