package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys of guest, session-payload and application tokens: one current key that signs, plus
 * retired public keys that still verify (rotation). Everything, verifiers included, is built
 * once at start-up.
 */
public final class ModuleKeys {

    private static final Logger LOG = Logger.getLogger(ModuleKeys.class.getName());

    /** A key that verifies: only with its one algorithm, so no header can pick another. */
    private record VerificationKey(JWSAlgorithm algorithm, JWSVerifier verifier) {
    }

    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final String keyId;
    private final String thumbprint;
    private final JWKSet publicJwks;
    private final Map<String, VerificationKey> verificationKeys;

    private ModuleKeys(JWK current, List<JWK> previous) throws JOSEException {
        this.algorithm = algorithmOf(current);
        this.keyId = current.getKeyID();
        this.thumbprint = current.toPublicJWK().computeThumbprint().toString();
        this.signer = JwsCrypto.signer(current);
        List<JWK> publicKeys = new ArrayList<>();
        publicKeys.add(current.toPublicJWK());
        previous.forEach(key -> publicKeys.add(key.toPublicJWK()));
        this.publicJwks = new JWKSet(publicKeys);
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        for (JWK key : publicKeys) {
            byKid.put(key.getKeyID(), new VerificationKey(algorithmOf(key), verifierOf(key)));
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
            throw new InvalidKeyConfigException(InvalidKeyConfigException.CONFLICTING_KEYS, ConfigKeys.SIGNING_KEY,
                    "both it and " + ConfigKeys.SIGNING_KEY_LOCATION + " are set; set only one");
        }
        List<JWK> previous = previousKeysLocation
                .map(at -> PreviousKeys.read(KeyLocations.read(at, ConfigKeys.PREVIOUS_KEYS_LOCATION, classLoader)))
                .orElse(List.of());
        JWK current;
        if (inlinePem.isPresent()) {
            current = staticKey(PemPrivateKeys.read(inlinePem.get(), ConfigKeys.SIGNING_KEY), keyId);
        } else if (location.isPresent()) {
            String pem = KeyLocations.read(location.get(), ConfigKeys.SIGNING_KEY_LOCATION, classLoader);
            current = staticKey(PemPrivateKeys.read(pem, ConfigKeys.SIGNING_KEY_LOCATION), keyId);
        } else {
            current = ephemeralKey();
        }
        // Two-phase rotation publishes the new key on every node before any signs with it, so the
        // file may hold the signing key's own public key: that entry adds nothing. Another key under
        // the signing key's id would make tokens ambiguous.
        List<JWK> others = new ArrayList<>();
        for (JWK key : previous) {
            if (!key.getKeyID().equals(current.getKeyID())) {
                others.add(key);
            } else if (!sameKey(key, current)) {
                throw new InvalidKeyConfigException(InvalidKeyConfigException.BAD_PREVIOUS_KEYS,
                        ConfigKeys.PREVIOUS_KEYS_LOCATION, "holds another key under id '" + current.getKeyID()
                        + "', the id of the current signing key");
            }
        }
        try {
            return new ModuleKeys(current, others);
        } catch (JOSEException e) {
            throw new IllegalStateException("KPA-TOKEN-100 the JVM cannot sign with " + algorithmOf(current), e);
        }
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

    /**
     * The verifier of the key named {@code kid}, provided {@code algorithm} is that key's own
     * algorithm; {@code null} otherwise.
     */
    JWSVerifier verifierFor(JWSAlgorithm algorithm, String kid) {
        VerificationKey key = kid == null ? null : verificationKeys.get(kid);
        return key != null && key.algorithm().equals(algorithm) ? key.verifier() : null;
    }

    /** True when {@code kid} names the current or a previous key. */
    boolean knows(String kid) {
        return kid != null && verificationKeys.containsKey(kid);
    }

    private static boolean sameKey(JWK a, JWK b) {
        try {
            return a.toPublicJWK().computeThumbprint().equals(b.toPublicJWK().computeThumbprint());
        } catch (JOSEException e) {
            return false;
        }
    }

    static JWSAlgorithm algorithmOf(JWK key) {
        return key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    /** {@code s-} + thumbprint: a static key gets a stable id that changes whenever the key does. */
    static String defaultKeyId(String prefix, JWK publicKey) {
        try {
            return prefix + publicKey.computeThumbprint();
        } catch (JOSEException e) {
            throw new IllegalStateException("KPA-TOKEN-100 SHA-256 is not available", e);
        }
    }

    private static JWK staticKey(KeyPair pair, Optional<String> keyId) {
        JWK withoutId = toJwk(pair, null);
        return toJwk(pair, keyId.orElseGet(() -> defaultKeyId("s-", withoutId)));
    }

    private static JWK toJwk(KeyPair pair, String kid) {
        if (pair.getPrivate() instanceof RSAPrivateKey rsa) {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(rsa)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(kid).build();
        }
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).privateKey((ECPrivateKey) pair.getPrivate())
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).keyID(kid).build();
    }

    private static JWK ephemeralKey() {
        try {
            ECKey generated = new ECKeyGenerator(Curve.P_256).generate();
            ECKey key = new ECKey.Builder(generated).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(defaultKeyId("e-", generated)).build();
            LOG.warning("KPA-TOKEN-001 neither " + ConfigKeys.SIGNING_KEY + " nor " + ConfigKeys.SIGNING_KEY_LOCATION
                    + " is set: generated an ephemeral EC P-256 key (kid " + key.getKeyID() + "); guest and"
                    + " session-payload tokens will not survive a restart nor be accepted by another node");
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("KPA-TOKEN-100 the JVM cannot generate an EC P-256 key", e);
        }
    }

    private static JWSVerifier verifierOf(JWK publicKey) {
        try {
            return JwsCrypto.verifier(publicKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("KPA-TOKEN-100 the JVM cannot verify " + algorithmOf(publicKey), e);
        }
    }

    /** The retired keys of {@code previous-keys-location}: public RSA ≥ 2048 / EC P-256 JWKs. */
    private static final class PreviousKeys {

        static List<JWK> read(String json) {
            JWKSet set;
            try {
                set = JWKSet.parse(json);
            } catch (ParseException e) {
                throw bad("not a JWKS document");
            }
            List<JWK> keys = new ArrayList<>();
            for (JWK key : set.getKeys()) {
                JWK publicKey = usable(key).toPublicJWK();
                String kid = publicKey.getKeyID() != null ? publicKey.getKeyID() : defaultKeyId("s-", publicKey);
                if (keys.stream().anyMatch(k -> k.getKeyID().equals(kid))) {
                    throw bad("key id '" + kid + "' appears twice");
                }
                keys.add(withKeyId(publicKey, kid));
            }
            return List.copyOf(keys);
        }

        private static JWK usable(JWK key) {
            if (key instanceof RSAKey rsa && rsa.size() >= PemPrivateKeys.MIN_RSA_BITS) {
                return key;
            }
            if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                return key;
            }
            throw bad("a " + key.getKeyType() + " key of " + key.size() + " bits"
                    + (key instanceof ECKey ec ? " on " + ec.getCurve() : "") + " is not an RSA ≥ 2048 or EC P-256 key");
        }

        private static JWK withKeyId(JWK publicKey, String kid) {
            return publicKey instanceof RSAKey rsa
                    ? new RSAKey.Builder(rsa).keyID(kid).build()
                    : new ECKey.Builder(publicKey.toECKey()).keyID(kid).build();
        }

        private static InvalidKeyConfigException bad(String reason) {
            return new InvalidKeyConfigException(InvalidKeyConfigException.BAD_PREVIOUS_KEYS,
                    ConfigKeys.PREVIOUS_KEYS_LOCATION, reason);
        }
    }
}
