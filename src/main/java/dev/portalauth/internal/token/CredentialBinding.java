package dev.portalauth.internal.token;

import dev.portalauth.AuthMethod;

/**
 * What the module vouched for when it set a Kraken token in a cookie: the token's kind and
 * hash, and what travels with it. Hashes only: the binding cookie never holds a secret.
 *
 * @param kind        the credential kind the token was set as
 * @param tokenHash   {@code Hashes.sha256(token)}
 * @param refreshHash for an access session, {@code Hashes.sha256(refreshToken)}; else {@code null}
 * @param keyHash     for a scoped session, {@code Hashes.sha256(preSignedKey)}; else {@code null}
 * @param origin      where the token came from when that matters for refreshing it ({@code oauth}); else {@code null}
 */
public record CredentialBinding(AuthMethod kind, String tokenHash, String refreshHash, String keyHash, String origin) {
}
