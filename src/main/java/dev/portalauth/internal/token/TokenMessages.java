package dev.portalauth.internal.token;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's keys and tokens ({@code KPA-TOKEN-…}): signing keys, the
 * Kraken JWKS, key reloads and the tokens the module signs.
 */
public enum TokenMessages implements NumberedMessage {

    EPHEMERAL_SIGNING_KEY("KPA-TOKEN-001", Level.WARNING,
            "neither %s nor %s is set: generated an ephemeral EC P-256 key (kid %s); guest"
            + " and session-payload tokens will not survive a restart nor be accepted by"
            + " another node"),
    NO_JWKS_URI("KPA-TOKEN-002", Level.WARNING,
            "%s is not set: a Kraken token in a cookie is proven only by the module's binding"
            + " (mobile-web-view tokens: by one confirmation with Kraken)"),
    /** Once per outage; the argument is the failure's class, never the URL's answer. */
    JWKS_UNAVAILABLE("KPA-TOKEN-003", Level.WARNING,
            "the Kraken JWKS cannot be fetched; tokens it would prove grant nothing (and are"
            + " kept) until it can: %s"),
    JWKS_REACHABLE_AGAIN("KPA-TOKEN-004", Level.INFO,
            "the Kraken JWKS is reachable again"),
    TRUSTING_UNVERIFIED_TOKENS("KPA-TOKEN-005", Level.WARNING,
            "kraken.auth.trust-unverified-tokens=true: Kraken tokens that nothing proves are"
            + " trusted on their decoded claims. Development only: anyone can forge a session"),
    NO_SHARED_KEYS("KPA-TOKEN-006", Level.WARNING,
            "neither a signing key nor kraken.jwks-uri is configured: sessions end at a"
            + " restart and are not shared between nodes"),
    JWKS_NOT_FETCHED_AT_START("KPA-TOKEN-007", Level.WARNING,
            "the Kraken JWKS could not be fetched; tokens it would prove grant nothing (and"
            + " are kept) until a fetch succeeds, tried again when a token needs it"),
    JDK_SIGNATURES("KPA-TOKEN-008", Level.INFO,
            "BouncyCastle (bcprov-jdk18on) is not on the module's class path: ES256"
            + " signatures and verifications run in the JDK's provider, several times slower;"
            + " the tokens are the same"),
    /** The key id in use, then the reason ({@code KPA-TOKEN-1xx}) or the failure's class: never key material. */
    CHANGED_KEYS_NOT_USED("KPA-TOKEN-010", Level.SEVERE,
            "the changed key files are not used; the keys in use stay (key id '%s'): %s"),
    CHANGED_KEYS_IN_USE("KPA-TOKEN-011", Level.INFO,
            "the key files changed: signing with key id '%s', accepting key ids %s"),
    /** Thrown as {@code IllegalStateException}. */
    CANNOT_SIGN_WITH("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot sign with %s"),
    /** Thrown as {@code IllegalStateException}. */
    NO_SHA_256("KPA-TOKEN-100", Level.OFF,
            "SHA-256 is not available"),
    /** Thrown as {@code IllegalStateException}. */
    CANNOT_GENERATE_KEY("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot generate an EC P-256 key"),
    /** Thrown as {@code IllegalStateException}. */
    CANNOT_VERIFY_WITH("KPA-TOKEN-100", Level.OFF,
            "the JVM cannot verify %s"),
    /** Thrown as {@code IllegalStateException}. */
    SIGNING_FAILED("KPA-TOKEN-100", Level.OFF,
            "signing with %s failed"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    UNUSABLE_KEY("KPA-TOKEN-101", Level.OFF,
            "%s: %s"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    CONFLICTING_KEYS("KPA-TOKEN-102", Level.OFF,
            "%s: %s"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    UNREADABLE_LOCATION("KPA-TOKEN-103", Level.OFF,
            "%s: %s"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    BAD_PREVIOUS_KEYS("KPA-TOKEN-104", Level.OFF,
            "%s: %s"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    BAD_JWKS_URI("KPA-TOKEN-105", Level.OFF,
            "%s: %s"),
    /** Fails deployment ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    SHIPPED_KEY("KPA-TOKEN-106", Level.OFF,
            "%s: %s"),
    /** Within {@code KPA-TOKEN-010} ({@code InvalidKeyConfigException}): the configuration key, then the reason. */
    KEY_ID_REUSED("KPA-TOKEN-107", Level.OFF,
            "%s: %s"),
    /** Thrown as {@code IllegalArgumentException}. */
    RESERVED_CLAIMS("KPA-TOKEN-201", Level.OFF,
            "reserved claim names cannot be set: %s"),
    /** Thrown as {@code IllegalArgumentException}. */
    EXPIRY_NOT_IN_THE_FUTURE("KPA-TOKEN-202", Level.OFF,
            "a token must expire in the future"),
    /** Thrown as {@code IllegalStateException}. */
    FRESH_GUEST_TOKEN_DOES_NOT_VERIFY("KPA-TOKEN-203", Level.OFF,
            "a fresh guest token does not verify"),
    /** Thrown as {@code IllegalArgumentException}. */
    MODULE_CLAIMS_IN_PAYLOAD("KPA-TOKEN-204", Level.OFF,
            "claims set by the module cannot be in the payload: %s");

    private final String code;
    private final Level level;
    private final String text;

    TokenMessages(String code, Level level, String text) {
        this.code = code;
        this.level = level;
        this.text = text;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String text() {
        return text;
    }
}
