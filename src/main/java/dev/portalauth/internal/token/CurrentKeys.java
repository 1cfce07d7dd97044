package dev.portalauth.internal.token;

/**
 * The module's keys as they are now. Callers take {@link #current()} once per operation and use
 * that one immutable set throughout, so a reload between two steps never mixes two sets.
 */
@FunctionalInterface
public interface CurrentKeys {

    /** The key set in use; a cheap read, never I/O on the caller's thread except a rare, single re-check. */
    ModuleKeys current();
}
