package dev.portalauth.internal.kraken;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of calls to Kraken ({@code KPA-KRAKEN-…}): its availability, the breakers
 * and bulkheads in front of it, and what its authentication mutations answer.
 */
public final class KrakenMessages {

    public static final NumberedMessage ANSWERED_HTTP = new NumberedMessage("KPA-KRAKEN-001", Level.WARNING,
            "%s: Kraken answered HTTP %s");
    public static final NumberedMessage UNAVAILABLE = new NumberedMessage("KPA-KRAKEN-001", Level.WARNING,
            "%s: Kraken unavailable (%s)");
    public static final NumberedMessage CONNECTION_REFUSED_RETRYING = new NumberedMessage("KPA-KRAKEN-002", Level.FINE,
            "%s: connection refused, trying once more");
    public static final NumberedMessage CLOSING_FAILED = new NumberedMessage("KPA-KRAKEN-003", Level.FINE,
            "closing a Kraken client failed");
    public static final NumberedMessage BREAKER_OPEN = new NumberedMessage("KPA-KRAKEN-004", Level.WARNING,
            "%s: the %s breaker is open, failing at once without calling Kraken");
    public static final NumberedMessage BULKHEAD_FULL = new NumberedMessage("KPA-KRAKEN-005", Level.WARNING,
            "%s: %s Kraken calls in flight are at their limit, failing at once");
    public static final NumberedMessage BREAKER_OPENED = new NumberedMessage("KPA-KRAKEN-006", Level.WARNING,
            "the %s breaker opened: calls fail at once for %s");
    public static final NumberedMessage BREAKER_CLOSED = new NumberedMessage("KPA-KRAKEN-007", Level.INFO,
            "the %s breaker closed: Kraken answers again");
    public static final NumberedMessage REFUSED = new NumberedMessage("KPA-KRAKEN-010", Level.INFO,
            "%s refused: %s");
    public static final NumberedMessage MASQUERADE_REFUSED = new NumberedMessage("KPA-KRAKEN-011", Level.INFO,
            "masqueradeAuthentication refused in its payload");
    public static final NumberedMessage UNUSABLE_ANSWER = new NumberedMessage("KPA-KRAKEN-012", Level.WARNING,
            "%s: answer without the expected fields");
    public static final NumberedMessage MOBILE_WEB_VIEW_TOKEN_REFUSED = new NumberedMessage("KPA-KRAKEN-013", Level.FINE,
            "viewer refused a mobile-web-view token: %s");
    public static final NumberedMessage NOT_A_REFUSAL = new NumberedMessage("KPA-KRAKEN-014", Level.WARNING,
            "%s answered %s, which is no refusal: the visitor sees KRAKEN_UNAVAILABLE and"
            + " keeps what they hold");
    public static final NumberedMessage CHUNKED_BODIES = new NumberedMessage("KPA-KRAKEN-015", Level.INFO,
            "Kraken calls send their bodies chunked, so the JDK checks a reused connection first, which takes"
            + " up to 1 ms per call: start the JVM with -Dsun.net.http.retryPost=false to send them whole"
            + " (never re-sent either)");

    private KrakenMessages() {
    }
}
