package dev.portalauth.internal.status;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's health ({@code KPA-HEALTH-…}).
 */
public final class HealthMessages {

    public static final NumberedMessage STARTED = new NumberedMessage("KPA-HEALTH-001", Level.INFO,
            "kraken-portal-auth started: signing key loaded%s");

    private HealthMessages() {
    }
}
