package dev.portalauth.internal.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import dev.portalauth.AuthMethod;

/**
 * How Kraken's tokens are trusted, cached and refreshed.
 *
 * @param refreshMargin {@code kraken.auth.refresh-margin} (default {@code PT30S}): an access token
 *        that expires within this margin is refreshed before it is used
 * @param tokenCacheMaxEntries {@code kraken.auth.token-cache.max-entries} (default {@code 10000}, at
 *        least 1): the bound of each cache of verified tokens
 * @param trustUnverifiedTokens {@code kraken.auth.trust-unverified-tokens} (default {@code false}):
 *        development only
 * @param kindGty {@code kraken.auth.kinds.<kind>.gty}: the {@code gty} values an unbound token of
 *        each credential kind may carry
 */
public record TokenSettings(Duration refreshMargin, int tokenCacheMaxEntries, boolean trustUnverifiedTokens,
        Map<AuthMethod, Set<String>> kindGty) {

    public TokenSettings {
        kindGty = Map.copyOf(kindGty);
    }

    static TokenSettings read(SettingsReader read) {
        Duration refreshMargin = read.positiveDuration("kraken.auth.refresh-margin", Duration.ofSeconds(30));
        int tokenCacheMaxEntries = read.positiveInt("kraken.auth.token-cache.max-entries", 10_000);
        boolean trustUnverifiedTokens = read.bool("kraken.auth.trust-unverified-tokens", false);
        Map<AuthMethod, Set<String>> kindGty = new EnumMap<>(AuthMethod.class);
        for (CredentialKinds kind : CredentialKinds.values()) {
            kindGty.put(kind.method(), Set.copyOf(read.textList(
                    "kraken.auth.kinds.%s.gty".formatted(kind.configName()), kind.defaultGty())));
        }
        return new TokenSettings(refreshMargin, tokenCacheMaxEntries, trustUnverifiedTokens, kindGty);
    }

    /** The {@code gty} values an unbound token of {@code kind} may carry. */
    public Set<String> gtyOf(AuthMethod kind) {
        return kindGty.getOrDefault(kind, Set.of());
    }
}
