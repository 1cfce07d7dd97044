package dev.portalauth.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Makes guest tokens the way the module would (same key, {@code kid}, {@code typ}, {@code iss})
 * and the ways an attacker would, so tests can present both.
 */
public final class GuestTokenForge {

    /** The {@code kid} the kit's deployments configure for their guest signing key. */
    public static final String KEY_ID = "test-guest-key";
    /** The module's default {@code iss} ({@code kraken.auth.guest.issuer}). */
    public static final String ISSUER = "kraken-portal-auth";
    /** The {@code typ} of the module's guest tokens. */
    public static final String GUEST_TYPE = "kpa-guest+jwt";

    private GuestTokenForge() {
    }

    /** @return the PEM the test deployment configures as {@code kraken.auth.guest.signing-key} */
    public static String pem() {
        try (InputStream in = GuestTokenForge.class.getResourceAsStream("guest-signing-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a signer with the deployment's own guest key, so tokens it signs are accepted */
    public static JWSSigner moduleKey() {
        try {
            String body = pem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new ECDSASigner(key, Curve.P_256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a signer with a fresh key no deployment knows, for tokens that must be refused */
    public static JWSSigner foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new ECDSASigner((ECPrivateKey) generator.generateKeyPair().getPrivate(), Curve.P_256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A guest token as the module makes them, issued and expiring when told.
     *
     * @param id        the guest's id ({@code sub}), e.g. {@code G-} and a UUID
     * @param issuedAt  its {@code iat}
     * @param expiresAt its {@code exp}
     * @param claims    the guest's claims
     * @return the signed, serialised token: a {@code jwt} cookie's value
     */
    public static String guest(String id, Instant issuedAt, Instant expiresAt, Map<String, Object> claims) {
        return sign(moduleKey(), JWSAlgorithm.ES256, KEY_ID, GUEST_TYPE, claimSet(id, issuedAt, expiresAt, claims));
    }

    /**
     * The claims of a guest token, to change before {@link #sign signing} them.
     *
     * @param id        the guest's id ({@code sub})
     * @param issuedAt  its {@code iat}
     * @param expiresAt its {@code exp}
     * @param claims    the guest's claims
     * @return the claim set, with the module's issuer and a fresh {@code jti}
     */
    public static JWTClaimsSet claimSet(String id, Instant issuedAt, Instant expiresAt, Map<String, Object> claims) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(ISSUER).subject(id)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(b::claim);
        return b.build();
    }

    /**
     * Signs any claims with any key, algorithm, {@code kid} and {@code typ}: the tokens an attacker
     * would present.
     *
     * @param signer the key ({@link #moduleKey()}, {@link #foreignKey()} or any other)
     * @param alg    the header's algorithm
     * @param kid    the header's key id
     * @param typ    the header's type
     * @param claims the claims
     * @return the serialised token
     */
    public static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, String typ, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(new JOSEObjectType(typ)).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
