package dev.portalauth.internal.config;

import java.time.Duration;

/**
 * How a pre-signed key on an anon link is read, bounded and remembered.
 *
 * @param keyQueryParam {@code kraken.auth.routes.anon.key-query-param} (default {@code key})
 * @param accountNumberClaim {@code kraken.auth.routes.anon.account-number-claim} (default {@code accountNumber})
 * @param keyMaxLength {@code kraken.auth.anon.key-max-length} (default {@code 512}, at least 1): a
 *        longer pre-signed key is refused as invalid without asking Kraken
 * @param refusedKeyMemory {@code kraken.auth.anon.refused-key-memory} (default {@code PT1M}): how long
 *        a key Kraken refused is refused without asking
 * @param endedKeyMemory {@code kraken.auth.anon.ended-key-memory} (default {@code PT2H}): how long a
 *        key ended with {@code Session.endLink()} is refused, and scoped sessions made from it are
 *        ended, without a call
 */
public record AnonKeySettings(String keyQueryParam, String accountNumberClaim, int keyMaxLength,
        Duration refusedKeyMemory, Duration endedKeyMemory) {

    static AnonKeySettings read(SettingsReader read) {
        return new AnonKeySettings(
                read.web().queryParameterName("kraken.auth.routes.anon.key-query-param", "key"),
                read.text("kraken.auth.routes.anon.account-number-claim", "accountNumber"),
                read.positiveInt("kraken.auth.anon.key-max-length", 512),
                read.positiveDuration("kraken.auth.anon.refused-key-memory", Duration.ofMinutes(1)),
                read.positiveDuration("kraken.auth.anon.ended-key-memory", Duration.ofHours(2)));
    }
}
