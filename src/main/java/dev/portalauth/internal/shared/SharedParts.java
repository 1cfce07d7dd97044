package dev.portalauth.internal.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the JCache stores are built from, handed over in one piece because they are built by name
 * (their classes load only when {@code jcache} is chosen).
 *
 * @param local          this node's stores, the fallback of {@code on-failure=local}
 * @param lifetimes      by cache name, how long its entries are kept at most (the caches' expiry)
 * @param providerConfig the caching provider's configuration URI, when it needs one
 */
public record SharedParts(LocalStores local, SealedValues sealed, BoundedCalls calls, SharedStateFailures failures,
                          Map<String, Duration> lifetimes, Optional<String> providerConfig, Clock clock) {
}
