package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * Keys rotate without a restart: the signing-key and previous-keys files are looked at once per
 * interval, and what they hold replaces the key set in use in one swap, unless it would lose a
 * token or make a key id ambiguous.
 */
class ReloadingKeysSpec {

    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final String ISSUER = "kraken-portal-auth";
    private static final String OLD = "ec-p256.pem";
    private static final String NEW = "rsa-2048.pem";
    private static final String NO_KEYS = "{\"keys\":[]}";

    private final MutableClock clock = MutableClock.atSystemTime();

    @TempDir
    Path dir;
    private Path signingFile;
    private Path previousFile;

    @BeforeEach
    void startWithTheOldKeyAndNoPreviousKeys() throws Exception {
        signingFile = Files.writeString(dir.resolve("signing.pem"), Fixtures.pem(OLD));
        previousFile = Files.writeString(dir.resolve("previous.jwks.json"), NO_KEYS);
    }

    @Test
    void aChangedPreviousKeysFileIsPublishedAndAcceptedAtTheNextLook() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        Files.writeString(previousFile, publicJwks(NEW));

        clock.advance(INTERVAL);

        assertTrue(keys.current().knows(kid(NEW)));
        assertEquals(kid(OLD), keys.current().keyId(), "phase 1 publishes the new key; the old one still signs");
        assertTrue(keys.current().publicJwksJson().contains(kid(NEW)));
    }

    @Test
    void theFilesAreLookedAtNoMoreThanOncePerInterval() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        Files.writeString(signingFile, Fixtures.pem(NEW));

        clock.advance(INTERVAL.minusMillis(1));
        assertEquals(kid(OLD), keys.current().keyId(), "before the interval is over");

        clock.advance(Duration.ofMillis(1));
        assertEquals(kid(NEW), keys.current().keyId());
    }

    @Test
    void aReplacedSigningKeyStaysAcceptedSoARotationThatSkippedPhaseOneLosesNoToken() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        ModuleTokens tokens = new ModuleTokens(keys, ISSUER, clock, 100);
        String signedByOld = tokens.sign(TokenKind.GUEST, Map.of("sub", "G-1"), clock.instant().plus(Duration.ofDays(1)));
        Files.writeString(signingFile, Fixtures.pem(NEW));

        clock.advance(INTERVAL);
        String signedByNew = tokens.sign(TokenKind.GUEST, Map.of("sub", "G-2"), clock.instant().plus(Duration.ofDays(1)));

        assertEquals(kid(NEW), JWSObject.parse(signedByNew).getHeader().getKeyID());
        ModuleTokens anotherCache = new ModuleTokens(keys, ISSUER, clock, 100);
        assertTrue(tokens.verify(TokenKind.GUEST, signedByOld).isPresent(), "cached");
        assertTrue(anotherCache.verify(TokenKind.GUEST, signedByOld).isPresent(), "verified afresh");
        assertTrue(anotherCache.verify(TokenKind.GUEST, signedByNew).isPresent());
        assertTrue(keys.current().publicJwksJson().contains(kid(OLD)), "still published, so others accept it too");
    }

    @Test
    void aReplacedSigningKeyStaysAcceptedUntilRestartEvenWhenTakenOutOfThePreviousKeysAgain() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        Files.writeString(signingFile, Fixtures.pem(NEW));
        clock.advance(INTERVAL);
        Files.writeString(previousFile, publicJwks(OLD)); // retired, as docs/OPERATIONS.md says
        clock.advance(INTERVAL);
        assertTrue(keys.current().knows(kid(OLD)));

        Files.writeString(previousFile, NO_KEYS);
        clock.advance(INTERVAL);

        assertTrue(keys.current().knows(kid(OLD)));
        assertEquals(kid(NEW), keys.current().keyId());
    }

    @Test
    void aNewKeyUnderTheUnchangedKeyIdIsRefusedAndTheKeysInUseStay() throws Exception {
        CurrentKeys keys = reloading(Optional.of("portal-1"));
        ModuleKeys before = keys.current();
        try (CapturedLog log = CapturedLog.of(ReloadingKeys.class)) {
            Files.writeString(signingFile, Fixtures.pem(NEW));

            clock.advance(INTERVAL);

            assertSame(before, keys.current());
            assertTrue(log.text().contains("KPA-TOKEN-010"), log.text());
            assertTrue(log.text().contains(InvalidKeyConfigException.KEY_ID_REUSED), log.text());
            assertFalse(log.text().contains(Fixtures.pemBody(NEW)), "never the key");
        }
    }

    @Test
    void aFileThatDoesNotParseKeepsTheKeysInUseAndIsLoggedOnce() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        ModuleKeys before = keys.current();
        String brokenKey = Fixtures.pem(NEW).replace("MII", "!!!");
        try (CapturedLog log = CapturedLog.of(ReloadingKeys.class)) {
            Files.writeString(signingFile, brokenKey);
            Files.writeString(previousFile, "{\"keys\": [");

            clock.advance(INTERVAL);
            assertSame(before, keys.current());
            clock.advance(INTERVAL);
            assertSame(before, keys.current());

            assertEquals(1, log.records().size(), log.text());
            assertTrue(log.text().contains("KPA-TOKEN-010"), log.text());
            assertFalse(log.text().contains(brokenKey.lines().skip(1).findFirst().orElseThrow()), "never the key");
        }
    }

    @Test
    void aMissingFileKeepsTheKeysInUse() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        ModuleKeys before = keys.current();
        Files.delete(signingFile);

        clock.advance(INTERVAL);

        assertSame(before, keys.current());
    }

    @Test
    void aKeyRemovedFromThePreviousKeysTakesItsTokensWithItEvenCachedOnes() throws Exception {
        Files.writeString(previousFile, publicJwks(NEW));
        CurrentKeys keys = reloading(Optional.empty());
        ModuleTokens tokens = new ModuleTokens(keys, ISSUER, clock, 100);
        String signedByRetired = new ModuleTokens(Fixtures.keysFromPem(NEW), ISSUER, clock, 10)
                .sign(TokenKind.GUEST, Map.of("sub", "G-1"), clock.instant().plus(Duration.ofDays(1)));
        assertTrue(tokens.verify(TokenKind.GUEST, signedByRetired).isPresent());
        Files.writeString(previousFile, NO_KEYS);

        clock.advance(INTERVAL);

        assertFalse(tokens.verify(TokenKind.GUEST, signedByRetired).isPresent());
        assertFalse(keys.current().knows(kid(NEW)));
    }

    @Test
    void unchangedFilesKeepTheVeryKeySetInUse() throws Exception {
        CurrentKeys keys = reloading(Optional.empty());
        ModuleKeys before = keys.current();
        Files.writeString(signingFile, Fixtures.pem(OLD)); // rewritten, same content

        clock.advance(INTERVAL);

        assertSame(before, keys.current());
    }

    @Test
    void zeroTurnsReloadingOff() throws Exception {
        ModuleKeys loaded = load(Optional.empty());
        CurrentKeys keys = ReloadingKeys.of(loaded, Optional.of(signingFile.toString()), Optional.empty(),
                Optional.of(previousFile.toString()), Duration.ZERO, clock);
        Files.writeString(signingFile, Fixtures.pem(NEW));

        clock.advance(Duration.ofDays(1));

        assertSame(loaded, keys.current());
    }

    @Test
    void classpathResourcesAndInlineKeysAreNotWatched() {
        ModuleKeys loaded = ModuleKeys.load(Optional.empty(), Optional.of("classpath:token/" + OLD), Optional.empty(),
                Optional.empty(), getClass().getClassLoader());

        assertSame(loaded, ReloadingKeys.of(loaded, Optional.of("classpath:token/" + OLD), Optional.empty(),
                Optional.empty(), INTERVAL, clock));
        assertSame(loaded, ReloadingKeys.of(loaded, Optional.empty(), Optional.empty(), Optional.empty(), INTERVAL, clock));
    }

    private CurrentKeys reloading(Optional<String> keyId) {
        return ReloadingKeys.of(load(keyId), Optional.of(signingFile.toUri().toString()), keyId,
                Optional.of(previousFile.toString()), INTERVAL, clock);
    }

    private ModuleKeys load(Optional<String> keyId) {
        return ModuleKeys.load(Optional.empty(), Optional.of(signingFile.toUri().toString()), keyId,
                Optional.of(previousFile.toString()), getClass().getClassLoader());
    }

    private static String publicJwks(String pem) {
        return Fixtures.keysFromPem(pem).publicJwksJson();
    }

    private static String kid(String pem) {
        return Fixtures.keysFromPem(pem).keyId();
    }
}
