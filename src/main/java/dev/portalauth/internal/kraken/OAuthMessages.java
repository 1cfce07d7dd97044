package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of Kraken OAuth ({@code KPA-OAUTH-…}).
 */
public final class OAuthMessages {

    /** The operation and OAuth's {@code error}, never the code or a token. */
    public static final NumberedMessage REFUSED = new NumberedMessage("KPA-OAUTH-001", Level.INFO,
            "%s refused: %s");
    public static final NumberedMessage CLIENT_REFUSED = new NumberedMessage("KPA-OAUTH-002", Level.WARNING,
            "%s: Kraken refused the OAuth client (%s): check kraken.oauth-client-id and"
            + " kraken.oauth-client-secret");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NOT_CONFIGURED = new NumberedMessage("KPA-OAUTH-003", Level.OFF,
            "Kraken OAuth is not configured");
    public static final NumberedMessage CALLBACK_REFUSED = new NumberedMessage("KPA-OAUTH-004", Level.FINE,
            "callback refused: %s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NO_REVOCATION_ENDPOINT = new NumberedMessage("KPA-OAUTH-005", Level.OFF,
            "kraken.oauth-revocation-endpoint is not configured");

    private OAuthMessages() {
    }
}
