package dev.portalauth.internal.login;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import dev.portalauth.internal.support.Hashes;

/**
 * PKCE (RFC 7636) with {@code S256}, and the random values of an OAuth login: a verifier of 43
 * base64url characters (32 random bytes), and its challenge
 * {@code BASE64URL(SHA-256(ASCII(verifier)))}.
 */
final class Pkce {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    /** 32 random bytes as 43 base64url characters: a code verifier or an OAuth {@code state}. */
    static String randomValue(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    static String challengeOf(String verifier) {
        return Hashes.sha256Exactly(verifier.getBytes(StandardCharsets.US_ASCII));
    }
}
