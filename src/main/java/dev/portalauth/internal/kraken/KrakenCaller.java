package dev.portalauth.internal.kraken;

/**
 * On whose behalf a Kraken call is made, which decides the bulkhead it needs a slot in (the fault rules
 * "Bounded"): a flood of anonymous requests must not take the slots sessions need.
 */
public enum KrakenCaller {
    /** Calls any visitor can cause: key exchanges, logins, OAuth code exchanges, masquerades, mobile-web-view confirmations. */
    ANONYMOUS,
    /** Calls made for a session: refreshes (OAuth ones included) and {@link dev.portalauth.KrakenClient} queries. */
    SESSION,
    /**
     * Calls made for visitors without a session: the organisation client's queries and its token's
     * renewals, {@link dev.portalauth.KrakenClient} used with no session. A public page anyone can
     * flood, so it must not take the slots refreshes need.
     */
    PUBLIC
}
