package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of calls to Kraken ({@code KPA-KRAKEN-…}): its availability, the breakers
 * and bulkheads in front of it, and what its authentication mutations answer.
 */
public enum KrakenMessages implements NumberedMessage {

    ANSWERED_HTTP("KPA-KRAKEN-001", Level.WARNING,
            "%s: Kraken answered HTTP %s"),
    UNAVAILABLE("KPA-KRAKEN-001", Level.WARNING,
            "%s: Kraken unavailable (%s)"),
    CONNECTION_REFUSED_RETRYING("KPA-KRAKEN-002", Level.FINE,
            "%s: connection refused, trying once more"),
    CLOSING_FAILED("KPA-KRAKEN-003", Level.FINE,
            "closing a Kraken client failed"),
    BREAKER_OPEN("KPA-KRAKEN-004", Level.WARNING,
            "%s: the %s breaker is open, failing at once without calling Kraken"),
    BULKHEAD_FULL("KPA-KRAKEN-005", Level.WARNING,
            "%s: %s Kraken calls in flight are at their limit, failing at once"),
    BREAKER_OPENED("KPA-KRAKEN-006", Level.WARNING,
            "the %s breaker opened: calls fail at once for %s"),
    BREAKER_CLOSED("KPA-KRAKEN-007", Level.INFO,
            "the %s breaker closed: Kraken answers again"),
    REFUSED("KPA-KRAKEN-010", Level.INFO,
            "%s refused: %s"),
    MASQUERADE_REFUSED("KPA-KRAKEN-011", Level.INFO,
            "masqueradeAuthentication refused in its payload"),
    UNUSABLE_ANSWER("KPA-KRAKEN-012", Level.WARNING,
            "%s: answer without the expected fields"),
    MOBILE_WEB_VIEW_TOKEN_REFUSED("KPA-KRAKEN-013", Level.FINE,
            "viewer refused a mobile-web-view token: %s"),
    NOT_A_REFUSAL("KPA-KRAKEN-014", Level.WARNING,
            "%s answered %s, which is no refusal: the visitor sees KRAKEN_UNAVAILABLE and"
            + " keeps what they hold");

    private final String code;
    private final Level level;
    private final String text;

    KrakenMessages(String code, Level level, String text) {
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
