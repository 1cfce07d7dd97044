package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the chain itself ({@code KPA-CHAIN-…}).
 */
public enum ChainMessages implements NumberedMessage {

    REFRESH_CHANGED_KIND("KPA-CHAIN-010", Level.WARNING,
            "refresh: Kraken's token is not of the access kind; the session ends");

    private final String code;
    private final Level level;
    private final String text;

    ChainMessages(String code, Level level, String text) {
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
