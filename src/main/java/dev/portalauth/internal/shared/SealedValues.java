package dev.portalauth.internal.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What makes a cluster that is not trusted with sessions safe to share state through: cache keys
 * are keyed hashes (HMAC-SHA256) of the cache's name and the key, so no member learns a client,
 * key or token from them; values are sealed with AES-256-GCM under a key derived from the
 * shared-state secret, the cache key as associated data and the value's end inside, so a value is
 * read only on the key it was written for, only until it ends, and only if a holder of the secret
 * wrote it. A member without the secret can delete or garble entries (deny service), never make
 * one that is read.
 */
public final class SealedValues {

    /** A value opened: what was sealed and until when it holds. */
    public record Opened(String value, Instant until) {

        @Override
        public String toString() {
            return "Opened[redacted]";
        }
    }

    private static final String VERSION = "1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec keyHashing;
    private final SecretKeySpec sealing;
    private final SecureRandom random = new SecureRandom();

    public SealedValues(String secret) {
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        // Separate keys for separate jobs, each an HMAC of the secret under its own label.
        this.keyHashing = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"),
                "kraken-portal-auth shared-state cache keys"), "HmacSHA256");
        this.sealing = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"),
                "kraken-portal-auth shared-state values"), "AES");
    }

    /** The cache key for {@code key} in the cache named {@code cacheName}. */
    public String keyOf(String cacheName, String key) {
        return ENCODER.encodeToString(hmac(keyHashing, cacheName + "\n" + key));
    }

    /** {@code value}, readable with the secret on {@code cacheKey} until {@code until}. */
    public String seal(String cacheKey, String value, Instant until) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] plain = ByteBuffer.allocate(Long.BYTES + text.length).putLong(until.toEpochMilli()).put(text).array();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, cacheKey);
            byte[] sealed = cipher.doFinal(plain);
            return VERSION + ENCODER.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /** What {@link #seal} sealed on {@code cacheKey} with this secret; empty for anything else, expired or not. */
    public Optional<Opened> open(String cacheKey, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODER.decode(sealed.substring(VERSION.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8 + Long.BYTES) {
                return Optional.empty();
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, cacheKey);
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
            Instant until = Instant.ofEpochMilli(plain.getLong());
            return Optional.of(new Opened(StandardCharsets.UTF_8.decode(plain).toString(), until));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty(); // not base64, or not sealed with this secret on this key
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String cacheKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, sealing, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(cacheKey.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
