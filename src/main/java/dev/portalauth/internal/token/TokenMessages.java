package dev.portalauth.internal.token;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's keys and tokens ({@code KPA-TOKEN-…}): signing keys, the
 * Kraken JWKS, key reloads and the tokens the module signs.
 */
public final class TokenMessages {

    public static final NumberedMessage EPHEMERAL_SIGNING_KEY = new NumberedMessage("KPA-TOKEN-001", Level.WARNING,
            "neither %s nor %s is set: generated an ephemeral EC P-256 key (kid %s); guest"
            + " and session-payload tokens will not survive a restart nor be accepted by"
            + " another node");
    public static final NumberedMessage NO_JWKS_URI = new NumberedMessage("KPA-TOKEN-002", Level.WARNING,
            "%s is not set: a Kraken token in a cookie is proven only by the module's binding"
            + " (mobile-web-view tokens: by one confirmation with Kraken)");
    /** Once per outage; the argument is the failure's class, never the URL's answer. */
    public static final NumberedMessage JWKS_UNAVAILABLE = new NumberedMessage("KPA-TOKEN-003", Level.WARNING,
            "the Kraken JWKS cannot be fetched; tokens it would prove grant nothing (and are"
            + " kept) until it can: %s");
    public static final NumberedMessage JWKS_REACHABLE_AGAIN = new NumberedMessage("KPA-TOKEN-004", Level.INFO,
            "the Kraken JWKS is reachable again");
    public static final NumberedMessage TRUSTING_UNVERIFIED_TOKENS = new NumberedMessage("KPA-TOKEN-005", Level.WARNING,
            "kraken.auth.trust-unverified-tokens=true: Kraken tokens that nothing proves are"
            + " trusted on their decoded claims. Development only: anyone can forge a session");
    public static final NumberedMessage NO_SHARED_KEYS = new NumberedMessage("KPA-TOKEN-006", Level.WARNING,
            "neither a signing key nor kraken.jwks-uri is configured: sessions end at a"
            + " restart and are not shared between nodes");
    public static final NumberedMessage JWKS_NOT_FETCHED_AT_START = new NumberedMessage("KPA-TOKEN-007", Level.WARNING,
            "the Kraken JWKS could not be fetched; tokens it would prove grant nothing (and"
            + " are kept) until a fetch succeeds, tried again when a token needs it");
    public static final NumberedMessage JDK_SIGNATURES = new NumberedMessage("KPA-TOKEN-008", Level.INFO,
            "BouncyCastle (bcprov-jdk18on) is not on the module's class path: ES256"
            + " signatures and verifications run in the JDK's provider, several times slower;"
            + " the tokens are the same");
    /** The key id in use, then the reason ({@code KPA-TOKEN-1xx}) or the failure's class: never key material. */
    public static final NumberedMessage CHANGED_KEYS_NOT_USED = new NumberedMessage("KPA-TOKEN-010", Level.SEVERE,
            "the changed key files are not used; the keys in use stay (key id '%s'): %s");
    public static final NumberedMessage CHANGED_KEYS_IN_USE = new NumberedMessage("KPA-TOKEN-011", Level.INFO,
            "the key files changed: signing with key id '%s', accepting key ids %s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage CANNOT_SIGN_WITH = new NumberedMessage("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot sign with %s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NO_SHA_256 = new NumberedMessage("KPA-TOKEN-100", Level.OFF,
            "SHA-256 is not available");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage CANNOT_GENERATE_KEY = new NumberedMessage("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot generate an EC P-256 key");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage CANNOT_VERIFY_WITH = new NumberedMessage("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot verify %s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage SIGNING_FAILED = new NumberedMessage("KPA-TOKEN-100", Level.OFF,
            "signing with %s failed");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage UNUSABLE_KEY = new NumberedMessage("KPA-TOKEN-101", Level.OFF,
            "%s: %s");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage CONFLICTING_KEYS = new NumberedMessage("KPA-TOKEN-102", Level.OFF,
            "%s: %s");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage UNREADABLE_LOCATION = new NumberedMessage("KPA-TOKEN-103", Level.OFF,
            "%s: %s");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage BAD_PREVIOUS_KEYS = new NumberedMessage("KPA-TOKEN-104", Level.OFF,
            "%s: %s");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage BAD_JWKS_URI = new NumberedMessage("KPA-TOKEN-105", Level.OFF,
            "%s: %s");
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage SHIPPED_KEY = new NumberedMessage("KPA-TOKEN-106", Level.OFF,
            "%s: %s");
    /** Within {@code KPA-TOKEN-010} ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    public static final NumberedMessage KEY_ID_REUSED = new NumberedMessage("KPA-TOKEN-107", Level.OFF,
            "%s: %s");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage RESERVED_CLAIMS = new NumberedMessage("KPA-TOKEN-201", Level.OFF,
            "reserved claim names cannot be set: %s");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage EXPIRY_NOT_IN_THE_FUTURE = new NumberedMessage("KPA-TOKEN-202", Level.OFF,
            "a token must expire in the future");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage FRESH_GUEST_TOKEN_DOES_NOT_VERIFY = new NumberedMessage("KPA-TOKEN-203", Level.OFF,
            "a fresh guest token does not verify");
    /** Thrown as {@code IllegalArgumentException}. */
    public static final NumberedMessage MODULE_CLAIMS_IN_PAYLOAD = new NumberedMessage("KPA-TOKEN-204", Level.OFF,
            "claims set by the module cannot be in the payload: %s");

    private TokenMessages() {
    }
}
