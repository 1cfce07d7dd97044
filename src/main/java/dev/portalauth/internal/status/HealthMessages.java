package dev.portalauth.internal.status;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's health ({@code KPA-HEALTH-…}).
 */
public enum HealthMessages implements NumberedMessage {

    STARTED("KPA-HEALTH-001", Level.INFO,
            "kraken-portal-auth started: signing key loaded%s");

    private final String code;
    private final Level level;
    private final String text;

    HealthMessages(String code, Level level, String text) {
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
