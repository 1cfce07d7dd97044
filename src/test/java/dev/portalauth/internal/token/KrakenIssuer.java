package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/** Stands in for Kraken: signs tokens shaped like Kraken's with keys it publishes in a JWKS. */
public final class KrakenIssuer {

    static final RSAKey RSA;
    static final ECKey EC;

    static {
        try {
            RSA = new RSAKeyGenerator(2048).keyID("kraken-rsa").generate();
            EC = new ECKeyGenerator(Curve.P_256).keyID("kraken-ec").generate();
        } catch (JOSEException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private KrakenIssuer() {
    }

    public static JWKSet publicJwks() {
        return new JWKSet(List.<JWK>of(RSA.toPublicJWK(), EC.toPublicJWK()));
    }

    /** Claims as Kraken issues them: sub, gty, iat, exp (an hour), iss. */
    public static JWTClaimsSet.Builder claims(Clock clock) {
        return new JWTClaimsSet.Builder()
                .subject("kraken|account-user:123")
                .claim("gty", "EMAIL-AND-PASSWORD")
                .issuer("https://api.octopus.energy/v1/graphql/")
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofHours(1))));
    }

    public static String rs256(JWTClaimsSet claims) throws JOSEException {
        return rs256WithKid(claims, RSA.getKeyID());
    }

    static String rs256WithKid(JWTClaimsSet claims, String kid) throws JOSEException {
        return sign(claims, JWSAlgorithm.RS256, kid, new RSASSASigner(RSA));
    }

    static String es256(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, JWSAlgorithm.ES256, EC.getKeyID(), new ECDSASigner(EC));
    }

    static String hs256(JWTClaimsSet claims, byte[] secret) throws JOSEException {
        return sign(claims, JWSAlgorithm.HS256, RSA.getKeyID(), new MACSigner(secret));
    }

    private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, String kid, JWSSigner signer)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
