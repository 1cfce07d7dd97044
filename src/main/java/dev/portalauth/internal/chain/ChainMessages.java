package dev.portalauth.internal.chain;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the chain itself ({@code KPA-CHAIN-…}).
 */
public final class ChainMessages {

    public static final NumberedMessage REFRESH_CHANGED_KIND = new NumberedMessage("KPA-CHAIN-010", Level.WARNING,
            "refresh: Kraken's token is not of the access kind; the session ends");

    private ChainMessages() {
    }
}
