package dev.portalauth.internal.guard;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the JAX-RS guards, {@code @RequiresSession} and {@code @AccountScoped}
 * ({@code KPA-GUARD-…}).
 */
public enum GuardMessages implements NumberedMessage {

    ACCOUNT_PARAMETER_NOT_BOUND_ONCE("KPA-GUARD-001", Level.WARNING,
            "%s.%s: @AccountScoped(\"%s\") names a parameter the resource binds %s; every"
            + " request to it is refused with 403"),
    GUARDED_BY_THE_INTERCEPTOR("KPA-GUARD-002", Level.INFO,
            "%s.%s is guarded by the module's CDI interceptor, not its JAX-RS filter: for a"
            + " resource method, the portal's Application leaves the filter out, and refusals"
            + " reach the portal's exception mappers");

    private final String code;
    private final Level level;
    private final String text;

    GuardMessages(String code, Level level, String text) {
        this.code = code;
        this.level = level;
        this.text = text;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String text() {
        return text;
    }
}
