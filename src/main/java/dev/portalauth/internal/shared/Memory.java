package dev.portalauth.internal.shared;

import java.time.Instant;

/**
 * Facts the module remembers for a while, by key (a hash, never a key or token in clear): a key
 * Kraken refused, a confirmation, a refresh result to hand over. A miss is always allowed — it
 * only costs a Kraken call — so an implementation may forget early; it never returns a value it
 * cannot prove it wrote.
 */
public interface Memory {

    /** The value kept for {@code key} until a later instant, or {@code null}. */
    String get(String key);

    /** Keeps {@code value} until {@code until}; an instant already past keeps nothing. */
    void put(String key, String value, Instant until);

    /** {@code key}'s value is handed out no more. Never fails: whatever ends a session must go on. */
    void remove(String key);
}
