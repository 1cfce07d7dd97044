package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of Kraken OAuth ({@code KPA-OAUTH-…}).
 */
public enum OAuthMessages implements NumberedMessage {

    /** The operation and OAuth's {@code error}, never the code or a token. */
    REFUSED("KPA-OAUTH-001", Level.INFO,
            "%s refused: %s"),
    CLIENT_REFUSED("KPA-OAUTH-002", Level.WARNING,
            "%s: Kraken refused the OAuth client (%s): check kraken.oauth-client-id and"
            + " kraken.oauth-client-secret"),
    /** Thrown as {@code IllegalStateException}. */
    NOT_CONFIGURED("KPA-OAUTH-003", Level.OFF,
            "Kraken OAuth is not configured"),
    CALLBACK_REFUSED("KPA-OAUTH-004", Level.FINE,
            "callback refused: %s"),
    /** Thrown as {@code IllegalStateException}. */
    NO_REVOCATION_ENDPOINT("KPA-OAUTH-005", Level.OFF,
            "kraken.oauth-revocation-endpoint is not configured");

    private final String code;
    private final Level level;
    private final String text;

    OAuthMessages(String code, Level level, String text) {
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
