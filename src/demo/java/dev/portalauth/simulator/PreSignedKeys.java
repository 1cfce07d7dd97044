package dev.portalauth.simulator;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pre-signed keys Kraken would take now: the fixture keys and those {@code generatePreSignedToken}
 * issued, less those {@code invalidatePreSignedToken} ended. Remembers which key each scoped token was
 * made from, so a visitor may end the key of their own link and nothing else.
 */
final class PreSignedKeys {

    /** Scoped tokens remembered; past this the memory starts again (the simulator sees few). */
    private static final int MADE_FROM_LIMIT = 4096;

    private final Fixtures fixtures;
    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    private final Map<String, Fixtures.PreSignedKey> issued = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<String, String> keyOfScopedToken = new ConcurrentHashMap<>();

    PreSignedKeys(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** A new random key (48 bytes, URL-safe, as long as the fixture keys) for {@code accountNumber}. */
    Fixtures.PreSignedKey issue(String accountNumber, String scope, Instant expiresAt) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        Fixtures.PreSignedKey key = new Fixtures.PreSignedKey(encoder.encodeToString(bytes), accountNumber, scope,
                expiresAt);
        issued.put(key.key(), key);
        return key;
    }

    /** The key while it has not been ended (expiry is the caller's to judge). */
    Optional<Fixtures.PreSignedKey> find(String key) {
        if (key == null || ended.contains(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(issued.get(key)).or(() -> fixtures.preSignedKey(key));
    }

    /** Ends {@code key} for good: it is refused from now on. */
    void end(String key) {
        ended.add(key);
    }

    void madeFrom(String scopedToken, String key) {
        if (keyOfScopedToken.size() >= MADE_FROM_LIMIT) {
            keyOfScopedToken.clear();
        }
        keyOfScopedToken.put(scopedToken, key);
    }

    /** The key a scoped token was made from, when this simulator made it. */
    Optional<String> keyOf(String scopedToken) {
        return Optional.ofNullable(scopedToken == null ? null : keyOfScopedToken.get(scopedToken.strip()));
    }

    void forgetAll() {
        issued.clear();
        ended.clear();
        keyOfScopedToken.clear();
    }
}
