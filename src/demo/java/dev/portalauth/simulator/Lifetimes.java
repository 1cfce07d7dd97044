package dev.portalauth.simulator;

import java.time.Duration;

/** How long the simulator's tokens live; a scoped token never outlives its pre-signed key. */
record Lifetimes(Duration access, Duration refresh, Duration scoped) {

    static final Lifetimes DEFAULTS = new Lifetimes(Duration.ofHours(1), Duration.ofDays(7), Duration.ofHours(1));
}
