package dev.portalauth.internal.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 digests, so secrets (keys, refresh tokens) are never kept in memory maps or cookies as they are. */
public final class Hashes {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Hashes() {
    }

    /** Base64url (no padding) of SHA-256 over the UTF-8 parts, each followed by a newline. */
    public static String sha256(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return BASE64URL.encodeToString(digest.digest());
    }

    /** Base64url (no padding) of SHA-256 over exactly the bytes given: PKCE's {@code S256} (RFC 7636 4.2). */
    public static String sha256Exactly(byte[] bytes) {
        return BASE64URL.encodeToString(sha256().digest(bytes));
    }

    /** Lower-case hex of SHA-256 over the UTF-8 text: the ids the GraphQL route knows documents by. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
