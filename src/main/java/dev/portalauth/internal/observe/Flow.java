package dev.portalauth.internal.observe;

/**
 * The ways a visitor gets a Kraken token, each counted by {@link Outcome}.
 */
public enum Flow {
    /** A pre-signed key swapped for a scoped token. */
    EXCHANGE("kpa_exchanges"),
    /** Email and password. */
    LOGIN("kpa_logins"),
    /** A refresh token swapped for a new access token. */
    REFRESH("kpa_refreshes"),
    /** Support staff acting as a user. */
    MASQUERADE("kpa_masquerades"),
    /** A mobile-web-view token confirmed with Kraken. */
    CONFIRMATION("kpa_confirmations"),
    /** A Kraken OAuth authorisation code swapped at the token endpoint. */
    OAUTH_LOGIN("kpa_oauth_logins");

    private final String metric;

    Flow(String metric) {
        this.metric = metric;
    }

    /** The counter's name (Prometheus adds {@code _total}). */
    public String metric() {
        return metric;
    }
}
