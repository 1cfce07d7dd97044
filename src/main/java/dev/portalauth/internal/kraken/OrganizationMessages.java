package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the organisation's Kraken client and its token ({@code KPA-ORG-…}).
 */
public final class OrganizationMessages {

    /** Logged once a minute and thrown as {@code IllegalStateException}. */
    public static final NumberedMessage NOT_CONFIGURED = new NumberedMessage("KPA-ORG-001", Level.WARNING,
            "the organisation Kraken client needs an organisation secret key: set"
            + " kraken.organization-key (environment variable KRAKEN_ORGANIZATION_KEY)");
    public static final NumberedMessage TOKEN_FAILED = new NumberedMessage("KPA-ORG-002", Level.WARNING,
            "obtaining the organisation token failed (%s); next attempt in %s%s");
    public static final NumberedMessage FAILING_FAST = new NumberedMessage("KPA-ORG-003", Level.WARNING,
            "no organisation token since the last attempt failed: requests fail at once until"
            + " the next attempt in %s");
    /** The message of a {@code KrakenException}. */
    public static final NumberedMessage NO_TOKEN = new NumberedMessage("KPA-ORG-003", Level.OFF,
            "no organisation token: obtaining one failed%s, next attempt in %s");
    public static final NumberedMessage TOKEN_OBTAINED_AGAIN = new NumberedMessage("KPA-ORG-004", Level.INFO,
            "organisation token obtained again after %s failed attempts");
    public static final NumberedMessage TOKEN_OBTAINED = new NumberedMessage("KPA-ORG-005", Level.FINE,
            "organisation token obtained, expires %s, renewed from %s");
    public static final NumberedMessage TOKEN_REFUSED = new NumberedMessage("KPA-ORG-006", Level.WARNING,
            "Kraken refused the organisation token %s; a new one is obtained after the"
            + " backoff");
    /** The message of a {@code KrakenException}. */
    public static final NumberedMessage TOKEN_REFUSED_ANSWER = new NumberedMessage("KPA-ORG-006", Level.OFF,
            "Kraken refused the organisation token %s");

    private OrganizationMessages() {
    }
}
