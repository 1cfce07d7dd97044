package dev.portalauth.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs Kraken-like tokens (RS256): {@code sub} {@code kraken|account-user:N}, {@code gty},
 * {@code email}, {@code tokenUse}, {@code iss}, {@code iat}, {@code exp}, {@code origIat};
 * scoped tokens add the account number claim and {@code scope}; organisation tokens have
 * {@code sub} {@code kraken|organization:ID} and {@code gty} {@code ORGANIZATION-SECRET-KEY}. The claims are also the
 * {@code payload} that {@code obtainKrakenToken} returns, as Kraken does.
 */
final class TokenIssuer {

    static final String SUBJECT_PREFIX = "kraken|account-user:";
    static final String ORGANIZATION_SUBJECT_PREFIX = "kraken|organization:";

    /** Kraken's grant types ({@code gty}). */
    enum Grant {
        EMAIL_AND_PASSWORD("EMAIL-AND-PASSWORD"),
        REFRESH_TOKEN("REFRESH-TOKEN"),
        PRE_SIGNED_KEY("PRE-SIGNED-KEY"),
        MASQUERADE("MASQUERADE"),
        /** An organisation's token: public data only, nothing of an account. */
        ORGANIZATION_SECRET_KEY("ORGANIZATION-SECRET-KEY");

        final String gty;

        Grant(String gty) {
            this.gty = gty;
        }
    }

    record Issued(String token, Map<String, Object> payload) {

        @Override
        public String toString() {
            return "Issued[" + payload.get("sub") + "]"; // never the token
        }
    }

    private final JWSSigner signer;
    private final JWSHeader header;
    private final String issuer;
    private final String accountNumberClaim;

    TokenIssuer(SigningKey key, String issuer, String accountNumberClaim) {
        try {
            this.signer = new RSASSASigner(key.jwk());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("SIM-KEY-3: the signing key cannot sign RS256", e);
        }
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId()).type(JOSEObjectType.JWT).build();
        this.issuer = issuer;
        this.accountNumberClaim = accountNumberClaim;
    }

    /** A user token (login, refresh, masquerade); {@code origIat} is when the login happened. */
    Issued userToken(Fixtures.User user, Grant grant, Instant issuedAt, Instant expiresAt, Instant originallyIssuedAt) {
        Map<String, Object> claims = commonClaims(user, grant, issuedAt, expiresAt, originallyIssuedAt);
        claims.put("email", user.email());
        return sign(claims);
    }

    /** A token from a pre-signed key: reads only {@code accountNumber}, within {@code scope}. */
    Issued scopedToken(Fixtures.User holder, String accountNumber, String scope, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = commonClaims(holder, Grant.PRE_SIGNED_KEY, issuedAt, expiresAt, issuedAt);
        claims.put(accountNumberClaim, accountNumber);
        claims.put("scope", scope);
        return sign(claims);
    }

    /** An organisation token: {@code sub} {@code kraken|organization:ID}, no user, no account. */
    Issued organizationToken(Fixtures.Organization organization, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", ORGANIZATION_SUBJECT_PREFIX + organization.id());
        claims.put("gty", Grant.ORGANIZATION_SECRET_KEY.gty);
        claims.put("tokenUse", "access");
        claims.put("iss", issuer);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        return sign(claims);
    }

    private Map<String, Object> commonClaims(Fixtures.User user, Grant grant, Instant issuedAt, Instant expiresAt,
                                             Instant originallyIssuedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", SUBJECT_PREFIX + user.id());
        claims.put("gty", grant.gty);
        claims.put("tokenUse", "access");
        claims.put("iss", issuer);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("origIat", originallyIssuedAt.getEpochSecond());
        return claims;
    }

    private Issued sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(header, builder.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("SIM-TOKEN-1: signing a token failed", e);
        }
        return new Issued(jwt.serialize(), Collections.unmodifiableMap(claims));
    }
}
