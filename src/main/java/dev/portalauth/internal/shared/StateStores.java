package dev.portalauth.internal.shared;

import dev.portalauth.spi.TokenBuckets;

/** Where the chain's memories and the rate limits' buckets live: this node, or the cluster. */
public interface StateStores {

    Memory memory(Memories which);

    /** The buckets when the application brings none of its own. */
    TokenBuckets buckets();

    /** At the application's end: releases what the stores opened themselves (this node's memory holds nothing to release). */
    default void close() {
    }
}
