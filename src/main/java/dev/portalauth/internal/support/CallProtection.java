package dev.portalauth.internal.support;

import java.util.function.Supplier;

/**
 * Runs a call behind fault-tolerance protections (a circuit breaker, a bulkhead), which may refuse it
 * at once by throwing instead of running it. Lets a package use a protection without knowing whose.
 */
public interface CallProtection {

    /** No protection: the call always runs. */
    CallProtection NONE = new CallProtection() {
        @Override
        public <T> T call(String operation, Supplier<T> call) {
            return call.get();
        }
    };

    /**
     * @param operation named in log lines; never a secret
     * @throws RuntimeException when refused, or whatever {@code call} throws
     */
    <T> T call(String operation, Supplier<T> call);
}
