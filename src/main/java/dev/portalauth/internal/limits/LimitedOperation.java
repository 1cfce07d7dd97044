package dev.portalauth.internal.limits;

import java.util.Locale;

/**
 * The Kraken calls anonymous visitors can cause, each with its own per-client bucket;
 * {@code PUBLIC}: queries made for visitors without a session (the organisation client, a
 * {@code KrakenClient} used with no session).
 */
public enum LimitedOperation {

    EXCHANGE(20), LOGIN(10), MASQUERADE(10), REFRESH(60), CONFIRM(20), OAUTH(20), PUBLIC(60);

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
