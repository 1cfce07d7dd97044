package dev.portalauth.internal.guard;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the JAX-RS guards, {@code @RequiresSession} and {@code @AccountScoped}
 * ({@code KPA-GUARD-…}).
 */
public final class GuardMessages {

    public static final NumberedMessage ACCOUNT_PARAMETER_NOT_BOUND_ONCE = new NumberedMessage("KPA-GUARD-001", Level.WARNING,
            "%s.%s: @AccountScoped(\"%s\") names a parameter the resource binds %s; every"
            + " request to it is refused with 403");
    public static final NumberedMessage GUARDED_BY_THE_INTERCEPTOR = new NumberedMessage("KPA-GUARD-002", Level.INFO,
            "%s.%s is guarded by the module's CDI interceptor, not its JAX-RS filter: for a"
            + " resource method, the portal's Application leaves the filter out, and refusals"
            + " reach the portal's exception mappers");

    private GuardMessages() {
    }
}
