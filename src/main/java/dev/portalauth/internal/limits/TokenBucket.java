package dev.portalauth.internal.limits;

import java.time.Duration;

import dev.portalauth.spi.Rate;

/**
 * One client's bucket at one moment: a pure value, so the same arithmetic serves a bucket in this
 * node's memory and one replaced atomically in a shared cache.
 *
 * @param tokens     what is left, refilled continuously at the rate's pace up to its permits
 * @param refilledAt epoch millis the tokens were counted at
 */
public record TokenBucket(double tokens, long refilledAt) {

    /** What taking one token at {@code now} leaves, and how long to wait when there was none. */
    public record Taken(TokenBucket bucket, Duration waitFor) {

        public boolean granted() {
            return waitFor.isZero();
        }
    }

    /** A client never seen: a full bucket. */
    public static TokenBucket full(Rate rate, long now) {
        return new TokenBucket(rate.permits(), now);
    }

    /** A bucket nothing can be taken from until it refills (what an unreadable shared bucket counts as). */
    public static TokenBucket empty(long now) {
        return new TokenBucket(0, now);
    }

    public Taken take(Rate rate, long now) {
        double periodMillis = rate.period().toMillis();
        long elapsed = Math.max(0, now - refilledAt);
        double refilled = Math.min(rate.permits(), tokens + elapsed * rate.permits() / periodMillis);
        long at = Math.max(refilledAt, now);
        if (refilled >= 1) {
            return new Taken(new TokenBucket(refilled - 1, at), Duration.ZERO);
        }
        return new Taken(new TokenBucket(refilled, at),
                Duration.ofMillis((long) Math.ceil((1 - refilled) * periodMillis / rate.permits())));
    }

    /** A compact text form, for stores that keep only JDK types. */
    public String encode() {
        return tokens + ":" + refilledAt;
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode()} wrote */
    public static TokenBucket decode(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a bucket");
        }
        double tokens = Double.parseDouble(text.substring(0, colon));
        if (!(tokens >= 0) || Double.isInfinite(tokens)) {
            throw new IllegalArgumentException("not a bucket");
        }
        return new TokenBucket(tokens, Long.parseLong(text.substring(colon + 1)));
    }
}
