package dev.portalauth.internal.limits;

import java.util.Locale;

/**
 * The Kraken calls a client can cause, each with its own per-client bucket: those anonymous
 * visitors can cause; {@code PUBLIC}, queries made for visitors without a session (the organisation
 * client, a {@code KrakenClient} used with no session); {@code GRAPHQL}, the GraphQL route's calls
 * for browser code.
 */
public enum LimitedOperation {

    EXCHANGE(20), LOGIN(10), MASQUERADE(10), REFRESH(60), CONFIRM(20), OAUTH(20), PUBLIC(60), GRAPHQL(120);

    private final int defaultPerMinute;

    LimitedOperation(int defaultPerMinute) {
        this.defaultPerMinute = defaultPerMinute;
    }

    /** {@code exchange}, {@code login}, …: the last part of its configuration key and of its bucket keys. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultRate() {
        return defaultPerMinute + "/PT1M";
    }
}
