package dev.portalauth.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** SHA-256 digests, so secrets (keys, refresh tokens) are never kept in memory maps or cookies as they are. */
public final class Hashes {

    private Hashes() {
    }

    /** Base64url (no padding) of SHA-256 over the UTF-8 parts, each followed by a newline. */
    public static String sha256(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
    }
}
