package dev.portalauth.internal.token;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import dev.portalauth.internal.support.Hashes;

/**
 * The module's keys, re-read when the signing-key or previous-keys file changes
 * ({@code kraken.auth.guest.key-reload}). No thread of its own (none may be started unmanaged
 * inside the server): a caller that finds the interval over, and wins the one re-check, reads the
 * two small files and compares their digests with the last ones; every other caller reads one
 * volatile reference and the clock. A change is applied by {@link ModuleKeys#after} and swapped in
 * whole; a file that cannot be read or used keeps the keys in use (logged once per content, never
 * with key material).
 */
public final class ReloadingKeys implements CurrentKeys {

    private static final Logger LOG = Logger.getLogger(ReloadingKeys.class.getName());

    /** The set in use and when the files are looked at next: one volatile read serves both. */
    private record State(ModuleKeys keys, long nextCheckMillis) {
    }

    private final KeyFile signingFile;
    private final KeyFile previousFile;
    private final Optional<String> keyId;
    private final long intervalMillis;
    private final Clock clock;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile State state;
    /** Digest of what the files held at the last re-check (or why they could not be read); the checking thread's alone. */
    private String lastSeen;

    private ReloadingKeys(ModuleKeys loaded, KeyFile signingFile, KeyFile previousFile, Optional<String> keyId,
                          Duration interval, Clock clock) {
        this.signingFile = signingFile;
        this.previousFile = previousFile;
        this.keyId = keyId;
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
        this.state = new State(loaded, clock.millis() + intervalMillis);
    }

    /**
     * The keys loaded at start-up, re-read every {@code interval} when the signing key or the
     * previous keys come from a file ({@code file:} URL or plain path). Inline keys, {@code
     * classpath:} resources (they change only with a redeployment) and an ephemeral key stay as
     * loaded; so does everything when {@code interval} is zero.
     *
     * @param loaded               the set {@link ModuleKeys#load} made of the same configuration
     * @param signingKeyLocation   {@code kraken.auth.guest.signing-key-location}
     * @param keyId                {@code kraken.auth.guest.key-id}
     * @param previousKeysLocation {@code kraken.auth.guest.previous-keys-location}
     */
    public static CurrentKeys of(ModuleKeys loaded, Optional<String> signingKeyLocation, Optional<String> keyId,
                                 Optional<String> previousKeysLocation, Duration interval, Clock clock) {
        KeyFile signingFile = KeyFile.at(signingKeyLocation, ConfigKeys.SIGNING_KEY_LOCATION);
        KeyFile previousFile = KeyFile.at(previousKeysLocation, ConfigKeys.PREVIOUS_KEYS_LOCATION);
        if (interval.isZero() || signingFile == null && previousFile == null) {
            return loaded;
        }
        return new ReloadingKeys(loaded, signingFile, previousFile, keyId, interval, clock);
    }

    @Override
    public ModuleKeys current() {
        State now = state;
        if (clock.millis() >= now.nextCheckMillis() && checking.compareAndSet(false, true)) {
            try {
                now = recheck(state);
                state = now;
            } finally {
                checking.set(false);
            }
        }
        return now.keys();
    }

    private State recheck(State before) {
        State unchanged = new State(before.keys(), clock.millis() + intervalMillis);
        try {
            String signingPem = signingFile == null ? null : signingFile.read();
            String previousJson = previousFile == null ? null : previousFile.read();
            if (!seenFirst(Hashes.sha256(String.valueOf(signingPem), String.valueOf(previousJson)))) {
                return unchanged;
            }
            JWK signingKey = signingPem == null ? before.keys().signingKey()
                    : SigningKeys.fromPem(signingPem, keyId, ConfigKeys.SIGNING_KEY_LOCATION);
            List<JWK> previous = previousJson == null ? before.keys().previousKeys()
                    : PreviousKeys.read(previousJson);
            ModuleKeys after = before.keys().after(signingKey, previous);
            if (after != before.keys()) {
                TokenMessages.CHANGED_KEYS_IN_USE.log(LOG, after.keyId(), after.keyIds());
            }
            return new State(after, unchanged.nextCheckMillis());
        } catch (InvalidKeyConfigException e) {
            // An unreadable file is logged once per reason, a bad content once per content.
            if (e.code().equals(InvalidKeyConfigException.UNREADABLE_LOCATION) && !seenFirst(e.getMessage())) {
                return unchanged;
            }
            TokenMessages.CHANGED_KEYS_NOT_USED.log(LOG, before.keys().keyId(), e.getMessage());
            return unchanged;
        } catch (RuntimeException e) {
            TokenMessages.CHANGED_KEYS_NOT_USED.log(LOG, before.keys().keyId(), e.getClass().getSimpleName());
            return unchanged;
        }
    }

    /** Whether {@code seen} differs from what the last re-check saw; remembers it. */
    private boolean seenFirst(String seen) {
        if (seen.equals(lastSeen)) {
            return false;
        }
        lastSeen = seen;
        return true;
    }

    /** A key location that names a file, which may change while the server runs. */
    private record KeyFile(String location, String configKey) {

        /** {@code null} unless {@code location} names a file (not a {@code classpath:} resource). */
        static KeyFile at(Optional<String> location, String configKey) {
            return location.filter(KeyLocations::isFile).map(at -> new KeyFile(at, configKey)).orElse(null);
        }

        String read() {
            return KeyLocations.read(location, configKey, null);
        }
    }
}
