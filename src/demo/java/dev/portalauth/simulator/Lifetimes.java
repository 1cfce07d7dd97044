package dev.portalauth.simulator;

import java.time.Duration;

/** How long the simulator's tokens live; a scoped token never outlives its pre-signed key. */
record Lifetimes(Duration access, Duration refresh, Duration scoped, Duration organization) {

    static final Lifetimes DEFAULTS = new Lifetimes(Duration.ofHours(1), Duration.ofDays(7), Duration.ofHours(1),
            Duration.ofHours(1));

    /** The user tokens' lifetimes, organisation tokens living their default hour. */
    Lifetimes(Duration access, Duration refresh, Duration scoped) {
        this(access, refresh, scoped, DEFAULTS.organization());
    }
}
