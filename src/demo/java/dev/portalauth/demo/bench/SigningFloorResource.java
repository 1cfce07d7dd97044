package dev.portalauth.demo.bench;

import java.util.Date;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The physical floor of a first visit, measured inside the benchmarked server (bench/run): one
 * ES256 signature (EC P-256, the module's default ephemeral key) over a guest-sized JWT with
 * Nimbus, on a request thread, at the same moment and under the same load as the first visits it
 * is compared with. {@code GET /bench/floor/es256?count=N} signs N times and answers
 * {@code sign_us=… whole_token_us=…} (microseconds per operation).
 */
@Path("/bench/floor/es256")
public class SigningFloorResource {

    private static final int MAX_COUNT = 20_000;

    /** Built once (JAX-RS makes a resource per request): the key, signer and header of every measurement. */
    private static final class Key {
        static final JWSSigner SIGNER;
        static final JWSHeader HEADER;
        static final byte[] SIGNING_INPUT;

        static {
            String kid;
            try {
                ECKey key = new ECKeyGenerator(Curve.P_256).generate();
                kid = "e-" + key.computeThumbprint(); // as long as the module's ephemeral key id
                SIGNER = new ECDSASigner(key);
            } catch (JOSEException e) {
                throw new IllegalStateException("this JVM cannot sign with ES256", e);
            }
            HEADER = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("kpa-guest+jwt"))
                    .keyID(kid).build();
            SIGNING_INPUT = new SignedJWT(HEADER, guestClaims()).getSigningInput();
        }
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String measure(@QueryParam("count") Integer count) throws JOSEException {
        int n = count == null ? 200 : Math.max(1, Math.min(MAX_COUNT, count));
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += Key.SIGNER.sign(Key.HEADER, Key.SIGNING_INPUT).toString().length();
        }
        long signed = System.nanoTime();
        for (int i = 0; i < n; i++) {
            SignedJWT jwt = new SignedJWT(Key.HEADER, guestClaims());
            jwt.sign(Key.SIGNER);
            sink += jwt.serialize().length();
        }
        long whole = System.nanoTime();
        // The sink keeps the JIT from dropping the work; it is printed so it is used.
        return String.format("sign_us=%.1f whole_token_us=%.1f count=%d sink=%d%n",
                (signed - start) / 1e3 / n, (whole - signed) / 1e3 / n, n, sink);
    }

    private static JWTClaimsSet guestClaims() {
        long now = System.currentTimeMillis() / 1000 * 1000;
        return new JWTClaimsSet.Builder()
                .issuer("kraken-portal-auth")
                .subject("G-" + UUID.randomUUID())
                .expirationTime(new Date(now + 3650L * 86_400_000L))
                .issueTime(new Date(now))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }
}
