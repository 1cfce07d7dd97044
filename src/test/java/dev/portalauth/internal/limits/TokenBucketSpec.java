package dev.portalauth.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.portalauth.spi.Rate;

/** A bucket as a value: permits, then waits, refills with time, and survives its text form exactly. */
class TokenBucketSpec {

    private static final Rate THREE_A_MINUTE = new Rate(3, Duration.ofMinutes(1));

    @Test
    void aFullBucketGivesItsPermitsThenSaysHowLongToWait() {
        TokenBucket bucket = TokenBucket.full(THREE_A_MINUTE, 0);
        for (int i = 0; i < 3; i++) {
            TokenBucket.Taken taken = bucket.take(THREE_A_MINUTE, 0);
            assertTrue(taken.granted());
            bucket = taken.bucket();
        }
        TokenBucket.Taken refused = bucket.take(THREE_A_MINUTE, 0);
        assertFalse(refused.granted());
        assertEquals(Duration.ofSeconds(20), refused.waitFor());
        assertTrue(bucket.take(THREE_A_MINUTE, 20_000).granted(), "one permit back after a third of the period");
    }

    @Test
    void anEmptyBucketRefillsLikeAnyOther() {
        assertFalse(TokenBucket.empty(0).take(THREE_A_MINUTE, 0).granted());
        assertTrue(TokenBucket.empty(0).take(THREE_A_MINUTE, 20_000).granted());
    }

    @Test
    void itsTextFormReadsBackAndNothingElseDoes() {
        TokenBucket bucket = new TokenBucket(1.25, 1234567);
        assertEquals(bucket, TokenBucket.decode(bucket.encode()));
        for (String text : new String[] {"", "1.0", "x:1", "NaN:1", "-1:5", "Infinity:1", "1:y"}) {
            assertThrows(IllegalArgumentException.class, () -> TokenBucket.decode(text), text);
        }
    }
}
