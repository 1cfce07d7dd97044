package dev.portalauth.internal.observe;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of metrics ({@code KPA-OBSERVE-…}).
 */
public enum ObserveMessages implements NumberedMessage {

    NO_METRICS("KPA-OBSERVE-001", Level.INFO,
            "MicroProfile Metrics is not available on this server: the module's metrics stay"
            + " in memory");

    private final String code;
    private final Level level;
    private final String text;

    ObserveMessages(String code, Level level, String text) {
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
