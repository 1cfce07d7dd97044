package dev.portalauth.internal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * What the cluster holds proves who wrote it and for which key: a value is read only with the
 * secret it was sealed with, on the key it was sealed for; a tampered value, a value of another
 * secret or one moved to another key reads as nothing; keys and values never show what they hold.
 */
class SealedValuesSpec {

    private static final String SECRET = "the-nodes-shared-state-secret-0123456789";
    private static final Instant UNTIL = Instant.parse("2030-01-01T00:00:00Z");

    private final SealedValues sealed = new SealedValues(SECRET);

    @Test
    void aValueSealedOnAKeyOpensOnThatKeyWithItsEnd() {
        String key = sealed.keyOf("kraken-portal-auth.refresh-hand-overs", "hash-of-a-refresh-token");
        SealedValues.Opened opened = sealed.open(key, sealed.seal(key, "access.jwt\nrefresh\n123", UNTIL)).orElseThrow();
        assertEquals("access.jwt\nrefresh\n123", opened.value());
        assertEquals(UNTIL, opened.until());
    }

    @Test
    void aValueSealedWithoutTheSecretReadsAsNothing() {
        String key = sealed.keyOf("kraken-portal-auth.confirmations", "token-hash");
        String foreign = new SealedValues("a-rogue-members-secret-of-enough-length").seal(key, "1", UNTIL);
        assertTrue(sealed.open(key, foreign).isEmpty());
    }

    @Test
    void aTamperedValueReadsAsNothing() {
        String key = sealed.keyOf("kraken-portal-auth.confirmations", "token-hash");
        String value = sealed.seal(key, "1", UNTIL);
        byte[] bytes = Base64.getUrlDecoder().decode(value.substring(2));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertTrue(sealed.open(key, tampered).isEmpty());
        assertTrue(sealed.open(key, "1").isEmpty());
        assertTrue(sealed.open(key, "1.not*base64").isEmpty());
        assertTrue(sealed.open(key, "2." + value.substring(2)).isEmpty());
    }

    @Test
    void aValueMovedToAnotherKeyReadsAsNothing() {
        String mine = sealed.keyOf("kraken-portal-auth.refresh-hand-overs", "my-refresh-hash");
        String theirs = sealed.keyOf("kraken-portal-auth.refresh-hand-overs", "their-refresh-hash");
        assertTrue(sealed.open(theirs, sealed.seal(mine, "my session", UNTIL)).isEmpty());
    }

    @Test
    void keysAreKeyedHashesThatShowNeitherTheKeyNorWhichCacheAndDifferBySecret() {
        String key = sealed.keyOf("kraken-portal-auth.rate-limits", "exchange 203.0.113.7");
        assertFalse(key.contains("203.0.113"));
        assertNotEquals(key, sealed.keyOf("kraken-portal-auth.refused-keys", "exchange 203.0.113.7"));
        assertNotEquals(key, new SealedValues("another-deployments-secret-of-length").keyOf(
                "kraken-portal-auth.rate-limits", "exchange 203.0.113.7"));
        assertEquals(key, new SealedValues(SECRET).keyOf("kraken-portal-auth.rate-limits", "exchange 203.0.113.7"),
                "every node with the secret finds the same entry");
    }

    @Test
    void theSameValueSealsDifferentlyEachTimeAndHidesItsText() {
        String key = sealed.keyOf("c", "k");
        String once = sealed.seal(key, "refresh-token-in-clear", UNTIL);
        assertNotEquals(once, sealed.seal(key, "refresh-token-in-clear", UNTIL));
        assertFalse(once.contains("refresh-token-in-clear"));
    }
}
