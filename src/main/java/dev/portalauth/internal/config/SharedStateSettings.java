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

    static SharedStateSettings read(SettingsReader read) {
        String kind = read.text("kraken.auth.shared-state", LOCAL);
        if (!kind.equals(LOCAL) && !kind.equals(JCACHE)) {
            read.problem("kraken.auth.shared-state", "must be local or jcache");
        }
        String onFailure = read.text("kraken.auth.shared-state.on-failure", LOCAL);
        if (!onFailure.equals(LOCAL) && !onFailure.equals(REFUSE)) {
            read.problem("kraken.auth.shared-state.on-failure", "must be local or refuse");
        }
        boolean jcache = kind.equals(JCACHE);
        Optional<String> secret = read.secret("kraken.auth.shared-state.secret");
        if (jcache && secret.isEmpty()) {
            read.problem("kraken.auth.shared-state.secret", "is required with kraken.auth.shared-state=jcache: the"
                    + " cluster is not trusted with sessions, so what it holds is authenticated and encrypted with"
                    + " this secret");
        } else if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
            read.problem("kraken.auth.shared-state.secret", "must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        return new SharedStateSettings(jcache, secret, read.positiveDuration("kraken.auth.shared-state.timeout",
                Duration.ofMillis(200)), onFailure.equals(REFUSE),
                read.optionalText("kraken.auth.shared-state.provider-config"));
    }

    @Override
    public String toString() {
        return "SharedStateSettings[jcache=" + jcache + ", timeout=" + timeout + ", refuseOnFailure=" + refuseOnFailure
                + "]";
    }
}
