package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys of guest, session-payload and application tokens: one current key that signs, plus
 * public keys that still verify (the previous-keys file's, and signing keys a reload replaced).
 * An immutable set, verifiers included: a reload ({@link ReloadingKeys}) builds a new one and swaps
 * it in whole. A fixed set is its own {@link CurrentKeys}.
 */
public final class ModuleKeys implements CurrentKeys {

    private static final Logger LOG = Logger.getLogger(ModuleKeys.class.getName());

    /**
     * A key that verifies: only with its one algorithm, so no header can pick another. A token
     * verified with it stays accepted as long as the set in use holds this very instance.
     */
    record VerificationKey(String kid, String thumbprint, JWSAlgorithm algorithm, JWSVerifier verifier) {
    }

    private final JWK signingKey;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final String keyId;
    private final String thumbprint;
    private final List<JWK> previous;
    private final List<JWK> replaced;
    private final JWKSet publicJwks;
    private final String publicJwksJson;
    private final Map<String, VerificationKey> verificationKeys;

    /**
     * @param previous  the previous-keys file's public keys, none under the signing key's id
     * @param replaced  public halves of signing keys replaced since start-up, none under another key's id
     *                  (one may also be in {@code previous}: it is published once)
     * @param reusable  verification keys of the set this one succeeds, kept where the key is the same
     */
    private ModuleKeys(JWK signingKey, List<JWK> previous, List<JWK> replaced, Map<String, VerificationKey> reusable)
            throws JOSEException {
        this.signingKey = signingKey;
        this.algorithm = algorithmOf(signingKey);
        this.keyId = signingKey.getKeyID();
        this.thumbprint = thumbprintOf(signingKey.toPublicJWK());
        this.signer = JwsCrypto.signer(signingKey);
        this.previous = List.copyOf(previous);
        this.replaced = List.copyOf(replaced);
        Map<String, JWK> publicByKid = new LinkedHashMap<>();
        publicByKid.put(keyId, signingKey.toPublicJWK());
        this.replaced.forEach(key -> publicByKid.putIfAbsent(key.getKeyID(), key));
        this.previous.forEach(key -> publicByKid.putIfAbsent(key.getKeyID(), key));
        List<JWK> publicKeys = List.copyOf(publicByKid.values());
        this.publicJwks = new JWKSet(publicKeys);
        this.publicJwksJson = publicJwks.toString();
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        for (JWK key : publicKeys) {
            String thumbprint = thumbprintOf(key);
            VerificationKey known = reusable.get(key.getKeyID());
            byKid.put(key.getKeyID(), known != null && known.thumbprint().equals(thumbprint) ? known
                    : new VerificationKey(key.getKeyID(), thumbprint, algorithmOf(key), verifierOf(key)));
        }
        this.verificationKeys = Map.copyOf(byKid);
    }

    /**
     * Loads the keys from configuration.
     *
     * @param inlinePem            {@code kraken.auth.guest.signing-key}
     * @param location             {@code kraken.auth.guest.signing-key-location}
     * @param keyId                {@code kraken.auth.guest.key-id}; ignored for an ephemeral key
     * @param previousKeysLocation {@code kraken.auth.guest.previous-keys-location}
     * @param classLoader          resolves {@code classpath:} locations
     * @throws InvalidKeyConfigException naming the configuration key at fault
     */
    public static ModuleKeys load(Optional<String> inlinePem, Optional<String> location, Optional<String> keyId,
                                  Optional<String> previousKeysLocation, ClassLoader classLoader) {
        if (inlinePem.isPresent() && location.isPresent()) {
            throw new InvalidKeyConfigException(TokenMessages.CONFLICTING_KEYS, ConfigKeys.SIGNING_KEY,
                    "both it and " + ConfigKeys.SIGNING_KEY_LOCATION + " are set; set only one");
        }
        List<JWK> previous = previousKeysLocation
                .map(at -> PreviousKeys.read(KeyLocations.read(at, ConfigKeys.PREVIOUS_KEYS_LOCATION, classLoader)))
                .orElse(List.of());
        JWK current;
        if (inlinePem.isPresent()) {
            current = SigningKeys.fromPem(inlinePem.get(), keyId, ConfigKeys.SIGNING_KEY);
        } else if (location.isPresent()) {
            String pem = KeyLocations.read(location.get(), ConfigKeys.SIGNING_KEY_LOCATION, classLoader);
            current = SigningKeys.fromPem(pem, keyId, ConfigKeys.SIGNING_KEY_LOCATION);
        } else {
            current = SigningKeys.ephemeral();
            TokenMessages.EPHEMERAL_SIGNING_KEY.log(LOG, ConfigKeys.SIGNING_KEY, ConfigKeys.SIGNING_KEY_LOCATION,
                    current.getKeyID());
        }
        return build(current, withoutSigningKey(previous, current), List.of(), Map.of());
    }

    /**
     * The set that the key files' new contents make of this one: {@code signingKey} signs; a signing
     * key it replaces stays accepted (until restart), so a rotation that skipped publishing the new
     * key first loses no token; {@code previous} replaces the previous keys. Returns this very set
     * when nothing changed.
     *
     * @throws InvalidKeyConfigException when a key id would name two different keys: the new
     *                                   signing key under the id of the key it replaces (one kid, one key), or a previous key
     *                                   under the id of the signing key or of a replaced one
     */
    ModuleKeys after(JWK newSigningKey, List<JWK> newPrevious) {
        String newKid = newSigningKey.getKeyID();
        List<JWK> replacedNow = new ArrayList<>();
        for (JWK key : replaced) {
            if (!key.getKeyID().equals(newKid)) {
                replacedNow.add(key);
            } else if (!sameKey(key, newSigningKey)) {
                throw idReused(ConfigKeys.SIGNING_KEY_LOCATION, "holds a new key under id '" + newKid
                        + "', the id of a key it replaced earlier");
            }
        }
        if (!sameKey(signingKey, newSigningKey)) {
            if (keyId.equals(newKid)) {
                throw idReused(ConfigKeys.SIGNING_KEY_LOCATION, "holds a new key under id '" + newKid
                        + "', the id of the key it replaces (leave " + ConfigKeys.KEY_ID
                        + " unset so that each key gets its own id)");
            }
            replacedNow.add(signingKey.toPublicJWK());
        }
        List<JWK> previousNow = withoutSigningKey(newPrevious, newSigningKey);
        for (JWK key : previousNow) {
            for (JWK former : replacedNow) {
                if (former.getKeyID().equals(key.getKeyID()) && !sameKey(former, key)) {
                    throw idReused(ConfigKeys.PREVIOUS_KEYS_LOCATION, "holds another key under id '"
                            + key.getKeyID() + "', the id of a signing key replaced since start-up");
                }
            }
        }
        ModuleKeys next = build(newSigningKey, previousNow, replacedNow, verificationKeys);
        return next.keyId.equals(keyId) && next.publicJwksJson.equals(publicJwksJson) ? this : next;
    }

    /** A fixed set never changes. */
    @Override
    public ModuleKeys current() {
        return this;
    }

    /** Signs with the current key; thread-safe. */
    public JWSSigner signer() {
        return signer;
    }

    /** RS256 for an RSA key, ES256 for an EC P-256 key. */
    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** The {@code kid} of the current key. */
    public String keyId() {
        return keyId;
    }

    /** The RFC 7638 thumbprint (SHA-256) of the signing key's public half. */
    public String signingKeyThumbprint() {
        return thumbprint;
    }

    /** The public halves of the current and previous keys, as served at the JWKS endpoint. */
    public JWKSet publicJwks() {
        return publicJwks;
    }

    /** {@link #publicJwks()} as JSON, rendered once per set. */
    public String publicJwksJson() {
        return publicJwksJson;
    }

    /** The key ids accepted, the signing key's first (for logs: ids are not secret). */
    List<String> keyIds() {
        return publicJwks.getKeys().stream().map(JWK::getKeyID).toList();
    }

    JWK signingKey() {
        return signingKey;
    }

    List<JWK> previousKeys() {
        return previous;
    }

    /**
     * The verification key named {@code kid}, provided {@code algorithm} is that key's own
     * algorithm; {@code null} otherwise.
     */
    VerificationKey verificationKey(JWSAlgorithm algorithm, String kid) {
        VerificationKey key = kid == null ? null : verificationKeys.get(kid);
        return key != null && key.algorithm().equals(algorithm) ? key : null;
    }

    /** The signing key's own verification key: what a token signed now is verified with. */
    VerificationKey signingVerificationKey() {
        return verificationKeys.get(keyId);
    }

    /** Whether a token verified with {@code key} is still accepted: this set holds that very key. */
    boolean accepts(VerificationKey key) {
        return verificationKeys.get(key.kid()) == key;
    }

    /** True when {@code kid} names the current or a previous key. */
    boolean knows(String kid) {
        return kid != null && verificationKeys.containsKey(kid);
    }

    private static ModuleKeys build(JWK signingKey, List<JWK> previous, List<JWK> replaced,
                                    Map<String, VerificationKey> reusable) {
        try {
            return new ModuleKeys(signingKey, previous, replaced, reusable);
        } catch (JOSEException e) {
            throw new IllegalStateException(TokenMessages.CANNOT_SIGN_WITH.format(algorithmOf(signingKey)), e);
        }
    }

    /**
     * Two-phase rotation publishes the new key on every node before any signs with it, so the
     * file may hold the signing key's own public key: that entry adds nothing. Another key under
     * the signing key's id would make tokens ambiguous.
     */
    private static List<JWK> withoutSigningKey(List<JWK> previous, JWK signingKey) {
        List<JWK> others = new ArrayList<>();
        for (JWK key : previous) {
            if (!key.getKeyID().equals(signingKey.getKeyID())) {
                others.add(key);
            } else if (!sameKey(key, signingKey)) {
                throw new InvalidKeyConfigException(TokenMessages.BAD_PREVIOUS_KEYS,
                        ConfigKeys.PREVIOUS_KEYS_LOCATION, "holds another key under id '" + signingKey.getKeyID()
                        + "', the id of the current signing key");
            }
        }
        return others;
    }

    private static InvalidKeyConfigException idReused(String configKey, String reason) {
        return new InvalidKeyConfigException(TokenMessages.KEY_ID_REUSED, configKey, reason);
    }

    private static String thumbprintOf(JWK publicKey) {
        try {
            return publicKey.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(TokenMessages.NO_SHA_256.format(), e);
        }
    }

    private static boolean sameKey(JWK a, JWK b) {
        return thumbprintOf(a.toPublicJWK()).equals(thumbprintOf(b.toPublicJWK()));
    }

    static JWSAlgorithm algorithmOf(JWK key) {
        return key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    private static JWSVerifier verifierOf(JWK publicKey) {
        try {
            return JwsCrypto.verifier(publicKey);
        } catch (JOSEException e) {
            throw new IllegalStateException(TokenMessages.CANNOT_VERIFY_WITH.format(algorithmOf(publicKey)), e);
        }
    }
}
