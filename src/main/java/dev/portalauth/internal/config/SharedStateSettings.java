package dev.portalauth.internal.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the state that limits and remembers (rate-limit buckets, refused and ended keys,
 * confirmations, the refresh hand-over) lives: this node's memory, or the server's JCache
 * provider shared by every node ({@code kraken.auth.shared-state.*}).
 *
 * @param jcache          {@code jcache} chosen: shared through the server's caching provider
 * @param secret          what every shared value is authenticated and encrypted with; present whenever {@code jcache}
 * @param timeout         the longest one cache operation may take
 * @param refuseOnFailure a failed cache operation refuses what needed it ({@code RATE_LIMITED}) rather than using
 *                        this node's memory
 * @param providerConfig  the provider's configuration, as the provider understands a URI, when it needs one
 */
public record SharedStateSettings(boolean jcache, Optional<String> secret, Duration timeout, boolean refuseOnFailure,
                                  Optional<String> providerConfig) {

    /** Shorter than this, a secret is guessable enough to forge what the cluster holds. */
    static final int MIN_SECRET_LENGTH = 32;

    static final String LOCAL = "local";
    static final String JCACHE = "jcache";
    static final String REFUSE = "refuse";

    @Override
    public String toString() {
        return "SharedStateSettings[jcache=" + jcache + ", timeout=" + timeout + ", refuseOnFailure=" + refuseOnFailure
                + "]";
    }
}
