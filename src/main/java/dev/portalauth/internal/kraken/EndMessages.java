package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of ending sessions and links at Kraken ({@code KPA-END-…}).
 */
public final class EndMessages {

    public static final NumberedMessage MISSING_PERMISSION = new NumberedMessage("KPA-END-001", Level.WARNING,
            "%s sent as the %s was refused %s: it needs Kraken's permission \"%s\"; sessions"
            + " end only in the browser until it is granted");
    public static final NumberedMessage LINK_MISSING_PERMISSION = new NumberedMessage("KPA-END-001", Level.WARNING,
            "%s sent as the organisation was refused %s: it needs Kraken's permission \"%s\"");
    public static final NumberedMessage NOT_CONFIRMED = new NumberedMessage("KPA-END-002", Level.INFO,
            "%s not confirmed by Kraken (%s)");
    public static final NumberedMessage NOT_SENT = new NumberedMessage("KPA-END-002", Level.INFO,
            "%s not sent: %s");

    private EndMessages() {
    }
}
