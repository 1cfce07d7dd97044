package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the organisation's Kraken client and its token ({@code KPA-ORG-…}).
 */
public enum OrganizationMessages implements NumberedMessage {

    /** Logged once a minute and thrown as {@code IllegalStateException}. */
    NOT_CONFIGURED("KPA-ORG-001", Level.WARNING,
            "the organisation Kraken client needs an organisation secret key: set"
            + " kraken.organization-key (environment variable KRAKEN_ORGANIZATION_KEY)"),
    TOKEN_FAILED("KPA-ORG-002", Level.WARNING,
            "obtaining the organisation token failed (%s); next attempt in %s%s"),
    FAILING_FAST("KPA-ORG-003", Level.WARNING,
            "no organisation token since the last attempt failed: requests fail at once until"
            + " the next attempt in %s"),
    /** The message of a {@code KrakenException}. */
    NO_TOKEN("KPA-ORG-003", Level.OFF,
            "no organisation token: obtaining one failed%s, next attempt in %s"),
    TOKEN_OBTAINED_AGAIN("KPA-ORG-004", Level.INFO,
            "organisation token obtained again after %s failed attempts"),
    TOKEN_OBTAINED("KPA-ORG-005", Level.FINE,
            "organisation token obtained, expires %s, renewed from %s"),
    TOKEN_REFUSED("KPA-ORG-006", Level.WARNING,
            "Kraken refused the organisation token %s; a new one is obtained after the"
            + " backoff"),
    /** The message of a {@code KrakenException}. */
    TOKEN_REFUSED_ANSWER("KPA-ORG-006", Level.OFF,
            "Kraken refused the organisation token %s");

    private final String code;
    private final Level level;
    private final String text;

    OrganizationMessages(String code, Level level, String text) {
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
