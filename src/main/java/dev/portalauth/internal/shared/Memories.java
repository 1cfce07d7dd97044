package dev.portalauth.internal.shared;

import dev.portalauth.internal.limits.LimitedOperation;

/**
 * The memories a node keeps, each shared as one cache named {@code kraken-portal-auth.<name>}
 * when state is shared. Each names the limited operation it serves: with
 * {@code on-failure=refuse}, a memory that cannot be read refuses that operation.
 */
public enum Memories {

    /** Pre-signed keys Kraken refused lately. */
    REFUSED_KEYS("refused-keys", LimitedOperation.EXCHANGE),
    /** Pre-signed keys whose links were ended. */
    ENDED_KEYS("ended-keys", LimitedOperation.EXCHANGE),
    /** Mobile-web-view tokens Kraken confirmed. */
    CONFIRMATIONS("confirmations", LimitedOperation.CONFIRM),
    /** A refresh's result, by the refresh token it was made with, for requests still carrying that token. */
    REFRESH_HAND_OVERS("refresh-hand-overs", LimitedOperation.REFRESH),
    /** The refresh token a refresh replaced, by the one it handed out: what a logout forgets too. */
    REFRESH_PREDECESSORS("refresh-predecessors", LimitedOperation.REFRESH);

    /** The cache of the rate-limit buckets, beside the memories. */
    public static final String BUCKETS_CACHE = "kraken-portal-auth.rate-limits";

    private final String cacheName;
    private final LimitedOperation serves;

    Memories(String name, LimitedOperation serves) {
        this.cacheName = "kraken-portal-auth." + name;
        this.serves = serves;
    }

    public String cacheName() {
        return cacheName;
    }

    public LimitedOperation serves() {
        return serves;
    }
}
