package dev.portalauth.spi;

import java.time.Duration;

/**
 * Where the token buckets live. The default (the in-memory default) is this server's memory,
 * so in a cluster each node allows the full rate; a portal that wants one limit for the cluster
 * provides an {@code @ApplicationScoped} bean of this type backed by a shared store (Redis,
 * Hazelcast, …) and the module uses it instead.
 */
public interface TokenBuckets {

    /**
     * Takes one token from the bucket {@code key} (an operation and a client; no secret, and an
     * address only as the client key), refilled at {@code rate}.
     *
     * @param key the bucket: an operation and a client
     * @param rate the bucket's size and refill
     * @return {@link Duration#ZERO} when a token was taken, else how long until one will be there
     */
    Duration take(String key, Rate rate);
}
