package dev.portalauth.internal.observe;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of metrics ({@code KPA-OBSERVE-…}).
 */
public final class ObserveMessages {

    public static final NumberedMessage NO_METRICS = new NumberedMessage("KPA-OBSERVE-001", Level.INFO,
            "MicroProfile Metrics is not available on this server: the module's metrics stay"
            + " in memory");

    private ObserveMessages() {
    }
}
